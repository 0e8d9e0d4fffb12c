// When a failed API call is tried again, after how long, and when the kiosk gives up. Pure: the
// clock, the sleep and the random source are arguments, so the rules are tested without waiting.

/** What one attempt's failure says about retrying it. */
export type AttemptFailure =
  /** The request never left the kiosk (connection refused, name not resolved): nobody acted on it. */
  | { readonly kind: 'not-sent' }
  /** The connection broke after the request went out: the service may have acted on it. */
  | { readonly kind: 'lost' }
  /** No answer in time: the service may still be acting on it. */
  | { readonly kind: 'timeout' }
  /** An HTTP answer other than the contract's success. */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterSeconds?: number }
  /** Trying again cannot help: a certificate problem, a body that breaks the contract. */
  | { readonly kind: 'final' };

/**
 * `repeatable`: a second copy of the call does no harm (the reads; the completion, which carries
 * the same Idempotency-Key on every attempt). `once`: a second copy does harm (asking for an
 * activation e-mail supersedes the first link and trips the per-IC rate limit), so it is repeated
 * only when the first copy surely never arrived or was surely not acted on.
 */
export type CallSafety = 'repeatable' | 'once';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** The wait before the first retry; it doubles for each later one. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited out: the person is shown the wait instead. */
  readonly maxRetryAfterMs: number;
  /** No attempt starts after this much time since the first, so nobody stands at the kiosk long. */
  readonly budgetMs: number;
  /** An attempt is not started with less time than this left in the budget. */
  readonly minAttemptMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 4000,
  maxRetryAfterMs: 10_000,
  budgetMs: 30_000,
  minAttemptMs: 1000,
};

/** Only one attempt: the connectivity check polls on its own schedule. */
export const NO_RETRY_POLICY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };

// 502 and 504: a gateway could not get an answer; 503 and 429: the service asked for a pause.
const GATEWAY_FAILURES = new Set([502, 504]);
const PAUSE_REQUESTS = new Set([429, 503]);

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random. The random half
 * spreads a whole department's kiosks apart after a shared failure; the fixed half keeps a retry
 * from following its failure immediately.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** The wait before attempt `attempt + 1`, or null when the failure is not retried. */
export function retryDelay(
  failure: AttemptFailure,
  attempt: number,
  safety: CallSafety,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  if (attempt >= policy.maxAttempts) return null;
  const backoff = backoffDelay(attempt, policy, random);
  switch (failure.kind) {
    case 'not-sent':
      return backoff;
    case 'lost':
    case 'timeout':
      return safety === 'repeatable' ? backoff : null;
    case 'final':
      return null;
    case 'status': {
      if (GATEWAY_FAILURES.has(failure.status)) return safety === 'repeatable' ? backoff : null;
      if (!PAUSE_REQUESTS.has(failure.status)) return null;
      // The service did not act on a 429 or 503, so even a `once` call may be repeated.
      if (failure.retryAfterSeconds === undefined) return backoff;
      const asked = failure.retryAfterSeconds * 1000;
      return asked > policy.maxRetryAfterMs ? null : Math.max(asked, backoff);
    }
  }
}

export interface AttemptReport {
  readonly attempt: number;
  readonly durationMs: number;
  /** The wait before the next attempt; null when this was the last. */
  readonly retryInMs: number | null;
}

export interface RetryRuntime {
  /** Epoch milliseconds: measures attempts and the budget, and reads Retry-After dates. */
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** In [0, 1). */
  readonly random: () => number;
}

/**
 * Runs `attempt` until it succeeds, its failure is not retried, or the budget is spent. Each
 * attempt is given the time it may take: the call's own timeout, or less if the budget is nearly
 * spent. Returns the last outcome; `onAttempt` hears about every attempt (for the log).
 */
export async function withRetries<O extends { readonly ok: true } | { readonly ok: false; readonly failure: AttemptFailure }>(
  attempt: (attemptNumber: number, timeoutMs: number) => Promise<O>,
  options: {
    readonly safety: CallSafety;
    readonly timeoutMs: number;
    readonly policy: RetryPolicy;
    readonly runtime: RetryRuntime;
    readonly onAttempt?: (outcome: O, report: AttemptReport) => void;
  },
): Promise<O> {
  const { safety, timeoutMs, policy, runtime, onAttempt } = options;
  const budget = Math.max(policy.budgetMs, timeoutMs);
  const started = runtime.now();
  for (let number = 1; ; number += 1) {
    const attemptStarted = runtime.now();
    const outcome = await attempt(number, Math.min(timeoutMs, budget - (attemptStarted - started)));
    const finished = runtime.now();
    let retryInMs = outcome.ok ? null : retryDelay(outcome.failure, number, safety, policy, runtime.random);
    if (retryInMs !== null && finished - started + retryInMs + policy.minAttemptMs > budget) retryInMs = null;
    onAttempt?.(outcome, { attempt: number, durationMs: finished - attemptStarted, retryInMs });
    if (retryInMs === null) return outcome;
    await runtime.sleep(retryInMs);
  }
}
