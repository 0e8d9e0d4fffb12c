// fast-check settings shared by the property tests: a seed from FC_SEED (to replay a failure) or a
// fresh one, printed with every failure by fast-check itself, and how many cases to run.
import type { Parameters } from 'fast-check';

const seed = process.env.FC_SEED === undefined ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.FC_SEED);

export function propertyRuns<T>(numRuns: number): Parameters<T> {
  return { seed, numRuns };
}
