import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import { demoActivation, demoAppInfo } from './fixtures.ts';
import { GOOD_PASSWORD, ok, setup, toPasswordStep } from './store-harness.ts';

describe('kiosk store', () => {
  it('checks the IC number locally and says which rule failed, without calling the API', async () => {
    const { store, bridge } = setup();
    store.getState().start();
    store.getState().setIcInput('900101-17-5678');
    await store.getState().submitIc();
    expect(store.getState().error).toEqual({ code: 'invalid-ic-number', problem: 'place-of-birth' });
    expect(bridge.requestActivation).not.toHaveBeenCalled();
  });

  it('sends the normalised 12 digits and moves to the link screen', async () => {
    const { store, bridge } = setup();
    store.getState().start();
    store.getState().setIcInput(' 900101 – 14 – 5678 ');
    await store.getState().submitIc();
    expect(bridge.requestActivation).toHaveBeenCalledWith({ icNumber: '900101145678' });
    expect(store.getState().wizard.step).toBe('link');
  });

  it('resends for the same IC only once the wait is over', async () => {
    const { store, bridge, advance } = setup();
    store.getState().start();
    store.getState().setIcInput('900101145678');
    await store.getState().submitIc();
    await store.getState().resend();
    expect(bridge.requestActivation).toHaveBeenCalledTimes(1);
    advance(60_000);
    await store.getState().resend();
    expect(bridge.requestActivation).toHaveBeenCalledTimes(2);
    expect(store.getState().notice).toBe('resent');
  });

  it('refuses to complete until every password rule is met', async () => {
    const { store, bridge } = setup();
    await toPasswordStep(store);
    store.getState().setRepeat('Something-Else#1');
    expect(await store.getState().complete()).toBe(false);
    expect(bridge.completeActivation).not.toHaveBeenCalled();
  });

  it('completes once even when Selesai is pressed twice', async () => {
    const { store, bridge } = setup();
    await toPasswordStep(store);
    await Promise.all([store.getState().complete(), store.getState().complete()]);
    expect(bridge.completeActivation).toHaveBeenCalledTimes(1);
    expect(store.getState().wizard.step).toBe('done');
    expect(store.getState().password).toBe('');
  });

  it('reuses the idempotency key for the same input, and makes a new one when the input changed', async () => {
    const completeActivation = vi.fn(async () => ({ ok: false as const, error: { code: 'network' as const } }));
    const { store } = setup({ completeActivation });
    await toPasswordStep(store);
    await store.getState().complete();
    await store.getState().complete();
    store.getState().setPassword(`${GOOD_PASSWORD}x`);
    store.getState().setRepeat(`${GOOD_PASSWORD}x`);
    await store.getState().complete();
    const keys = completeActivation.mock.calls.map((call: unknown[]) => (call[0] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toEqual(['key-1', 'key-1', 'key-2']);
    expect(store.getState().password).toBe(`${GOOD_PASSWORD}x`);
    expect(store.getState().error).toEqual({ code: 'network' });
  });

  it('keeps everything typed when the language changes', async () => {
    const { store } = setup();
    await toPasswordStep(store);
    store.getState().setLanguage('en');
    expect(store.getState().password).toBe(GOOD_PASSWORD);
    expect(store.getState().rows.map((row) => row.questionId)).toEqual(['q1', 'q2', 'q3']);
    expect(store.getState().wizard.step).toBe('password');
  });

  it('uses the configured language until the person picks one, and keeps their pick when the config arrives late', async () => {
    const { store } = setup({
      getAppInfo: vi.fn(async () => ok({ ...demoAppInfo, defaultLanguage: 'en' as const })),
    });
    await store.getState().loadAppInfo();
    expect(store.getState().language).toBe('en');

    const late = setup({
      getAppInfo: vi.fn(async () => ok({ ...demoAppInfo, defaultLanguage: 'en' as const })),
    });
    late.store.getState().setLanguage('ms');
    await late.store.getState().loadAppInfo();
    expect(late.store.getState().language).toBe('ms');
  });

  it('wipes every trace of the person on reset, and drops an answer that arrives afterwards', async () => {
    let answer: (value: Result<typeof demoActivation>) => void = () => {};
    const openActivation = vi.fn(() => new Promise<Result<typeof demoActivation>>((resolve) => (answer = resolve)));
    const { store } = setup({ openActivation });
    await store.getState().loadAppInfo();
    store.getState().setLanguage('en');
    store.getState().chooseLink();
    store.getState().setLinkInput('https://ispeks.example/activate?token=x');
    const pending = store.getState().openLink();
    store.getState().reset();
    answer(ok(demoActivation));
    await pending;
    const state = store.getState();
    expect(state.wizard.step).toBe('start');
    expect(state.wizard.activation).toBeNull();
    expect(state.linkInput).toBe('');
    expect(state.busy).toBe(false);
    expect(state.language).toBe('ms');
    expect(state.appInfo?.demo).toBe(true);
  });

  it('returns to the start after opening the login page, or shows its address when it could not', async () => {
    const { store } = setup();
    await toPasswordStep(store);
    await store.getState().complete();
    await store.getState().openLogin();
    expect(store.getState().wizard.step).toBe('start');

    const failing = setup({ openLogin: vi.fn(async () => ok({ opened: false, loginUrl: 'https://ispeks.example/login' })) });
    await toPasswordStep(failing.store);
    await failing.store.getState().complete();
    await failing.store.getState().openLogin();
    expect(failing.store.getState().wizard.step).toBe('done');
    expect(failing.store.getState().loginFallbackUrl).toBe('https://ispeks.example/login');
  });
});
