// The store when the service fails: what the person typed stays, a pause the service asked for is
// kept, and a retry is the same attempt.
import { describe, expect, it, vi } from 'vitest';
import type { AppError, Result } from '../../shared/errors.ts';
import { nextCheckDelayMs } from '../../renderer/src/components/connectivity.ts';
import { GOOD_PASSWORD, ok, setup, toPasswordStep } from './store-harness.ts';

const failure = (error: AppError): Result<never> => ({ ok: false, error });

describe('when the service asks for a pause', () => {
  it.each([
    ['503', { code: 'service-unavailable', retryAfterSeconds: 30 }],
    ['429', { code: 'rate-limited', retryAfterSeconds: 30 }],
  ] as const)('after a %s, Selesai and Cuba semula wait out the seconds, then send the same attempt', async (_status, error) => {
    const completeActivation = vi
      .fn()
      .mockResolvedValueOnce(failure(error))
      .mockResolvedValue(ok({ loginUrl: 'https://ispeks.example/login' }));
    const { store, advance } = setup({ completeActivation });
    await toPasswordStep(store);
    await store.getState().complete();
    expect(store.getState().error).toEqual(error);
    expect(store.getState().retryAt).toBe(Date.UTC(2025, 0, 15, 2, 0, 0) + 30_000);

    advance(29_000);
    await store.getState().complete();
    expect(completeActivation).toHaveBeenCalledTimes(1);
    expect(store.getState().password).toBe(GOOD_PASSWORD);

    advance(1000);
    await store.getState().complete();
    expect(completeActivation).toHaveBeenCalledTimes(2);
    const keys = completeActivation.mock.calls.map((call) => (call[0] as { idempotencyKey: string }).idempotencyKey);
    expect(new Set(keys).size).toBe(1);
    expect(store.getState().wizard.step).toBe('done');
  });

  it('forgets the pause when the person goes back, and after a new error without one', async () => {
    const completeActivation = vi.fn().mockResolvedValueOnce(failure({ code: 'service-unavailable', retryAfterSeconds: 30 })).mockResolvedValue(failure({ code: 'network' }));
    const { store } = setup({ completeActivation });
    await toPasswordStep(store);
    await store.getState().complete();
    store.getState().back();
    expect(store.getState().retryAt).toBeNull();
    expect(await store.getState().confirmAnswers()).toBe(true);
    await store.getState().complete();
    expect(store.getState()).toMatchObject({ error: { code: 'network' }, retryAt: null });
  });
});

describe('every failure of the completion', () => {
  it.each<AppError>([
    { code: 'network' },
    { code: 'timeout' },
    { code: 'server', status: 502 },
    { code: 'refused', status: 403 },
    { code: 'tls', host: 'ispeks.example' },
  ])('keeps the answers, the password and the key ($code)', async (error) => {
    const completeActivation = vi.fn().mockResolvedValueOnce(failure(error)).mockResolvedValue(ok({ loginUrl: 'https://ispeks.example/login' }));
    const { store } = setup({ completeActivation });
    await toPasswordStep(store);
    const typed = () => ({ rows: store.getState().rows, password: store.getState().password, repeat: store.getState().repeat });
    const before = typed();
    await store.getState().complete();
    expect(store.getState().error).toEqual(error);
    expect(typed()).toEqual(before);
    await store.getState().complete(); // Cuba semula
    const keys = completeActivation.mock.calls.map((call) => (call[0] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toEqual([keys[0], keys[0]]);
    expect(store.getState().wizard.step).toBe('done');
  });
});

describe('the start screen looking at the service', () => {
  it('looks again soon after a failure, backing off to every 30 s, and every minute while it is fine', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(nextCheckDelayMs)).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    expect(nextCheckDelayMs(0)).toBe(60_000);
  });
});
