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
}

export const RESULTS_PATH = resolve(import.meta.dirname, 'results.jsonl');

export function record(figures: readonly Figure[]): void {
  mkdirSync(dirname(RESULTS_PATH), { recursive: true });
  const lines = figures.map((figure) => ({
    ...figure,
    ratio: figure.baseline ? Number((figure.value / figure.baseline).toFixed(3)) : null,
  }));
  appendFileSync(RESULTS_PATH, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
  console.table(lines.map(({ metric, value, unit, baseline, ratio }) => ({ metric, value, unit, baseline, ratio })));
}

/** The p-th percentile (0–100) of the samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
