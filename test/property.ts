// How every property test runs: fast-check with one seed for the whole test run, a fresh one each
// run unless PROPERTY_SEED is set. A failure prints its seed and path; PROPERTY_SEED=<seed> replays it.
import fc from 'fast-check';
import type { IProperty, Parameters } from 'fast-check';

export const PROPERTY_SEED = process.env.PROPERTY_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.PROPERTY_SEED);

/** The cases a property of the rules and parsers is held to in `npm test`. */
export const PROPERTY_RUNS = 10_000;
/** A few seconds on an idle machine; CI runners share their cores, so the limit leaves room. */
export const PROPERTY_TIMEOUT_MS = 60_000;

export function propertyRuns<T>(numRuns: number = PROPERTY_RUNS): Parameters<T> {
  return { seed: PROPERTY_SEED, numRuns };
}

export function assertProperty<T>(property: IProperty<T>, numRuns: number = PROPERTY_RUNS): void {
  fc.assert(property, propertyRuns(numRuns));
}
