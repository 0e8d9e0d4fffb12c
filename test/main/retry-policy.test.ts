// The retry rules without a network or a real wait: a fake clock that sleeping moves forward.
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY as policy,
  retryDelay,
  withRetries,
  type AttemptFailure,
  type RetryRuntime,
} from '../../main/retry-policy.ts';

function fakeRuntime(random = () => 0.5) {
  let clock = 0;
  const sleeps: number[] = [];
  const runtime: RetryRuntime = {
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random,
  };
  return { runtime, sleeps, advance: (ms: number) => (clock += ms) };
}

type Outcome = { ok: true; value: string } | { ok: false; failure: AttemptFailure };
const failed = (failure: AttemptFailure): Outcome => ({ ok: false, failure });

describe('backoff', () => {
  it('doubles from 500 ms up to 4 s, half of each step random', () => {
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 0))).toEqual([250, 500, 1000, 2000, 2000]);
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 0.999999))).toEqual([500, 1000, 2000, 4000, 4000]);
  });
});

describe('which failures are retried', () => {
  const delay = (failure: AttemptFailure, safety: 'repeatable' | 'once' = 'repeatable', attempt = 1) =>
    retryDelay(failure, attempt, safety, policy, () => 0);

  it('retries every transient failure of a call that may be repeated', () => {
    for (const failure of [{ kind: 'not-sent' }, { kind: 'lost' }, { kind: 'timeout' }] as const) expect(delay(failure)).toBe(250);
    for (const status of [502, 503, 504, 429]) expect(delay({ kind: 'status', status })).toBe(250);
  });

  it('repeats a call that must happen once only when it surely was not acted on', () => {
    expect(delay({ kind: 'not-sent' }, 'once')).toBe(250);
    expect(delay({ kind: 'status', status: 503 }, 'once')).toBe(250);
    expect(delay({ kind: 'status', status: 429, retryAfterSeconds: 2 }, 'once')).toBe(2000);
    // The service may have sent the e-mail: a repeat would supersede its link and hit the rate limit.
    expect(delay({ kind: 'timeout' }, 'once')).toBeNull();
    expect(delay({ kind: 'lost' }, 'once')).toBeNull();
    expect(delay({ kind: 'status', status: 502 }, 'once')).toBeNull();
    expect(delay({ kind: 'status', status: 504 }, 'once')).toBeNull();
  });

  it('never retries what another attempt cannot fix', () => {
    expect(delay({ kind: 'final' })).toBeNull();
    for (const status of [400, 401, 403, 404, 407, 409, 410, 422, 500, 501]) expect(delay({ kind: 'status', status })).toBeNull();
  });

  it('waits as long as Retry-After asks, up to 10 s; a longer wait is left to the person', () => {
    expect(delay({ kind: 'status', status: 503, retryAfterSeconds: 3 })).toBe(3000);
    expect(delay({ kind: 'status', status: 429, retryAfterSeconds: 10 })).toBe(10_000);
    expect(delay({ kind: 'status', status: 429, retryAfterSeconds: 11 })).toBeNull();
    expect(delay({ kind: 'status', status: 503, retryAfterSeconds: 60 })).toBeNull();
  });

  it('stops after the fourth attempt', () => {
    expect(delay({ kind: 'lost' }, 'repeatable', 3)).toBe(1000);
    expect(delay({ kind: 'lost' }, 'repeatable', 4)).toBeNull();
  });
});

describe('withRetries', () => {
  it('tries again after each backoff and returns the first success', async () => {
    const { runtime, sleeps } = fakeRuntime();
    const outcomes = [failed({ kind: 'lost' }), failed({ kind: 'status', status: 502 }), { ok: true, value: 'activated' } as const];
    const reports: unknown[] = [];
    const result = await withRetries(async () => outcomes.shift()!, {
      safety: 'repeatable',
      timeoutMs: 15_000,
      policy,
      runtime,
      onAttempt: (outcome, report) => reports.push({ ok: outcome.ok, ...report }),
    });
    expect(result).toEqual({ ok: true, value: 'activated' });
    expect(sleeps).toEqual([375, 750]);
    expect(reports).toEqual([
      { ok: false, attempt: 1, durationMs: 0, retryInMs: 375 },
      { ok: false, attempt: 2, durationMs: 0, retryInMs: 750 },
      { ok: true, attempt: 3, durationMs: 0, retryInMs: null },
    ]);
  });

  it('gives up with the last failure after four attempts', async () => {
    const { runtime, sleeps } = fakeRuntime();
    let attempts = 0;
    const result = await withRetries(async () => (attempts++, failed({ kind: 'status', status: 503 })), { safety: 'repeatable', timeoutMs: 15_000, policy, runtime });
    expect(result).toEqual(failed({ kind: 'status', status: 503 }));
    expect(attempts).toBe(4);
    expect(sleeps).toHaveLength(3);
  });

  it('starts no attempt after 30 s and gives the last one only the time left', async () => {
    const { runtime, advance } = fakeRuntime();
    const timeouts: number[] = [];
    const result = await withRetries(
      async (_number, timeoutMs) => {
        timeouts.push(timeoutMs);
        advance(timeoutMs); // the service never answers: each attempt uses all of its time
        return failed({ kind: 'timeout' });
      },
      { safety: 'repeatable', timeoutMs: 12_000, policy, runtime },
    );
    expect(result).toEqual(failed({ kind: 'timeout' }));
    // 12 s, a 375 ms pause, 12 s, a 750 ms pause, then what is left of the 30 s.
    expect(timeouts).toEqual([12_000, 12_000, 30_000 - 12_000 - 375 - 12_000 - 750]);
  });

  it('gives a slow service one whole attempt even when its timeout exceeds the budget', async () => {
    const { runtime, advance } = fakeRuntime();
    const timeouts: number[] = [];
    await withRetries(
      async (_number, timeoutMs) => (timeouts.push(timeoutMs), advance(timeoutMs), failed({ kind: 'timeout' })),
      { safety: 'repeatable', timeoutMs: 60_000, policy, runtime },
    );
    expect(timeouts).toEqual([60_000]);
  });

  it('spreads the retries of many kiosks with the random source', async () => {
    const delays = new Set<number>();
    for (const random of [0, 0.25, 0.5, 0.75]) {
      const { runtime, sleeps } = fakeRuntime(() => random);
      const outcomes = [failed({ kind: 'status', status: 502 }), { ok: true, value: 'x' } as const];
      await withRetries(async () => outcomes.shift()!, { safety: 'repeatable', timeoutMs: 1000, policy, runtime });
      delays.add(sleeps[0]!);
    }
    expect(delays.size).toBe(4);
  });
});
