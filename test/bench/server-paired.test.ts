// The paired tests the server timing benchmark prints: "no significant difference" means something
// only if they reject as often as they claim when nothing differs, and find a difference that is there.
import { describe, expect, it } from 'vitest';
import { signTest, wilcoxonSignedRank } from '../../bench/server-paired.ts';
import { prng } from '../prng.ts';

describe('signTest', () => {
  it('is exact: 10 of 10 the same way is p = 2/1024, 8 of 10 is 2 × 56/1024; zeros do not count', () => {
    expect(signTest(Array(10).fill(1))).toEqual({ n: 10, p: 2 / 1024 });
    expect(signTest([1, 1, 1, 1, 1, 1, 1, 1, -1, -1, 0, 0])).toEqual({ n: 10, p: (2 * 56) / 1024 });
  });
});

describe('wilcoxonSignedRank', () => {
  it('gives p = 0.00506 for the differences 1 … 10 (z = 27.5 / √96.25), and 1 for differences that balance', () => {
    expect(wilcoxonSignedRank(Array.from({ length: 10 }, (_, index) => index + 1)).p).toBeCloseTo(0.005062, 5);
    expect(wilcoxonSignedRank([-3, -2, -1, 1, 2, 3]).p).toBeCloseTo(1, 6);
    expect(wilcoxonSignedRank([0, 0])).toEqual({ n: 0, p: 1 });
  });
});

describe('both tests', () => {
  const random = prng(11);
  const exponential = () => -Math.log(1 - random());
  // A request's time: a fixed part and a skewed, long-tailed wait on a shared machine.
  const timing = () => 1 + exponential();
  const samePairs = () => Array.from({ length: 40 }, () => timing() - timing());

  it.each([
    ['signTest', signTest],
    ['wilcoxonSignedRank', wilcoxonSignedRank],
  ])('%s rejects at p < 0.05 in at most about 5 % of trials when nothing differs', (_name, test) => {
    const trials = 2000;
    let rejected = 0;
    for (let trial = 0; trial < trials; trial += 1) if (test(samePairs()).p < 0.05) rejected += 1;
    expect(rejected / trials).toBeGreaterThan(0.02);
    expect(rejected / trials).toBeLessThan(0.07);
  });

  it.each([
    ['signTest', signTest],
    ['wilcoxonSignedRank', wilcoxonSignedRank],
  ])('%s finds a 25 % slower kind in 200 pairs', (_name, test) => {
    const differences = Array.from({ length: 200 }, () => 1.25 * timing() - timing());
    expect(test(differences).p).toBeLessThan(0.01);
  });
});
