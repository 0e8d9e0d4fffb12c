// The interval npm run bench prints beside a median: whether "1.2" is inside the noise or not
// depends on it, so it must hold the true median as often as it claims.
import { describe, expect, it } from 'vitest';
import { medianWithInterval } from '../../bench/report.ts';
import { prng } from '../prng.ts';

describe('medianWithInterval', () => {
  it('takes the order statistics of the sign test: the 2nd and 9th of 10, the 14th and 27th of 40', () => {
    const shuffled = [7, 3, 10, 1, 9, 2, 8, 5, 6, 4];
    expect(medianWithInterval(shuffled)).toEqual({ median: 5.5, interval: [2, 9] });
    const forty = Array.from({ length: 40 }, (_, index) => 40 - index);
    expect(medianWithInterval(forty)).toEqual({ median: 20.5, interval: [14, 27] });
  });

  it('gives no interval where five samples cannot reach 95 %, and a median still', () => {
    expect(medianWithInterval([300, 250, 260, 240, 900])).toEqual({ median: 260, interval: null });
    expect(medianWithInterval([300, 250, 260, 240, 900, 255]).interval).toEqual([240, 900]);
  });

  it('is not moved by a long tail: one load stalled by the machine changes neither end', () => {
    const loads = [248, 251, 255, 259, 262, 266, 270, 273, 281, 290];
    const stalled = [...loads.slice(0, -1), 2_000];
    expect(medianWithInterval(stalled)).toEqual(medianWithInterval(loads));
  });

  it('holds the true median in at least 95 % of trials, on a skewed distribution like load times', () => {
    const random = prng(7);
    // Exponential with rate 1: its median is ln 2.
    const draw = () => -Math.log(1 - random());
    let covered = 0;
    const trials = 4000;
    for (let trial = 0; trial < trials; trial += 1) {
      const { interval } = medianWithInterval(Array.from({ length: 40 }, draw));
      if (interval && interval[0] <= Math.LN2 && Math.LN2 <= interval[1]) covered += 1;
    }
    // The sign test's exact coverage at n = 40 is 96.2 %; a wrong pair of ranks falls well outside.
    expect(covered / trials).toBeGreaterThanOrEqual(0.95);
    expect(covered / trials).toBeLessThan(0.975);
  });
});
