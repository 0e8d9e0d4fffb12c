// How every property test of the rules runs: 10,000 cases, a random seed each run unless
// PROPERTY_SEED is set. A failure prints its seed and path; PROPERTY_SEED=<seed> replays that run.
import fc from 'fast-check';
import type { IProperty } from 'fast-check';

const seed = process.env.PROPERTY_SEED;

export const PROPERTY_RUNS = 10_000;
/** A few seconds on an idle machine; CI runners share their cores, so the limit leaves room. */
export const PROPERTY_TIMEOUT_MS = 60_000;

export function assertProperty<T>(property: IProperty<T>): void {
  fc.assert(property, { numRuns: PROPERTY_RUNS, ...(seed === undefined ? {} : { seed: Number(seed) }) });
}
