// Paired tests for "do these two kinds of request take the same time?": each pair is measured back
// to back, so the load of the moment on a shared machine hits both alike, and only the differences
// within pairs are tested. Neither test assumes a distribution: timings are skewed, with long tails.

export interface PairedTest {
  /** Pairs whose difference was not zero. */
  readonly n: number;
  /** Two-sided p-value: how likely a difference at least this large is when both kinds take the same time. */
  readonly p: number;
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n;
  let sum = 0;
  for (let i = 0; i <= k; i += 1) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return sum;
}

/** The sign test: only which of the two was slower in each pair counts. Exact. */
export function signTest(differences: readonly number[]): PairedTest {
  const nonZero = differences.filter((difference) => difference !== 0);
  const n = nonZero.length;
  const positive = nonZero.filter((difference) => difference > 0).length;
  return { n, p: n === 0 ? 1 : Math.min(1, 2 * binomialHalfCdf(n, Math.min(positive, n - positive))) };
}

/** Φ, the standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The Wilcoxon signed-rank test: the sizes of the differences count too, by rank. Zeros dropped,
 * tied sizes share their mean rank; the normal approximation with the tie correction, which holds
 * from about 20 pairs.
 */
export function wilcoxonSignedRank(differences: readonly number[]): PairedTest {
  const nonZero = differences.filter((difference) => difference !== 0).sort((a, b) => Math.abs(a) - Math.abs(b));
  const n = nonZero.length;
  if (n === 0) return { n, p: 1 };
  let positiveRanks = 0;
  let tieCorrection = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && Math.abs(nonZero[end + 1]!) === Math.abs(nonZero[start]!)) end += 1;
    const rank = (start + end + 2) / 2;
    for (let index = start; index <= end; index += 1) if (nonZero[index]! > 0) positiveRanks += rank;
    const tied = end - start + 1;
    tieCorrection += tied ** 3 - tied;
    start = end + 1;
  }
  const mean = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection / 48;
  if (variance === 0) return { n, p: 1 };
  const z = (positiveRanks - mean) / Math.sqrt(variance);
  return { n, p: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) };
}
