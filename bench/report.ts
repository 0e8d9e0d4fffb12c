// Every benchmark reports through here: a JSON line per figure in bench/results.jsonl and a table
// on the console. A figure stands next to a baseline measured in the same run.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface Figure {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** The same measure of the baseline, in the same run; null where none applies. */
  readonly baseline: number | null;
  /** Where the value lies with 95 % confidence, when it is a median of repeated samples (medianWithInterval). */
  readonly interval?: readonly [number, number] | null;
}

export const RESULTS_PATH = resolve(import.meta.dirname, 'results.jsonl');

export function record(figures: readonly Figure[]): void {
  mkdirSync(dirname(RESULTS_PATH), { recursive: true });
  const lines = figures.map((figure) => ({
    ...figure,
    ratio: figure.baseline ? Number((figure.value / figure.baseline).toFixed(3)) : null,
  }));
  appendFileSync(RESULTS_PATH, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
  console.table(
    lines.map(({ metric, value, unit, baseline, ratio, interval }) => ({ metric, value, unit, baseline, ratio, ...(interval ? { '95 % interval': interval.join('–') } : {}) })),
  );
}

/** The p-th percentile (0–100) of the samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n; // P(X = 0)
  let sum = 0;
  for (let i = 0; i <= k; i += 1) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return sum;
}

/**
 * The median of the samples, and the interval that holds the true median with at least the given
 * confidence: the order statistics x(k) and x(n+1-k) with the largest k whose two tails together stay
 * within 1 - confidence (the sign test; it assumes nothing about the distribution, which for load
 * times on a shared machine is skewed and has a long tail). Null interval when there are too few
 * samples for that confidence (five or fewer at 95 %).
 */
export function medianWithInterval(samples: readonly number[], confidence = 0.95): { median: number; interval: [number, number] | null } {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? Number.NaN : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  let k = 0;
  while (k + 1 <= n / 2 && 2 * binomialHalfCdf(n, k) <= 1 - confidence) k += 1;
  // k - 1 samples now lie below the interval and k - 1 above it.
  return { median, interval: k === 0 ? null : [sorted[k - 1]!, sorted[n - k]!] };
}
