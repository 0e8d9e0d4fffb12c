// Deep links and the idle reset, as the store handles them (no React, fake bridge).
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import type { AppInfo } from '../../shared/ipc-contract.ts';
import { demoActivation, demoAppInfo } from './fixtures.ts';
import { ok, setup } from './store-harness.ts';

const LINK = 'ispeks://activate?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const pending = (link: string | null) => vi.fn(async () => ok({ link }));

async function toQuestions(store: ReturnType<typeof setup>['store']) {
  store.getState().chooseLink();
  store.getState().setLinkInput('first link');
  await store.getState().openLink();
  store.getState().confirmProfile();
  store.getState().setAnswer(store.getState().rows[0]!.key, 'kucing oren');
}

describe('deep links in the store', () => {
  it('opens a waiting link from the start screen exactly like a paste', async () => {
    const { store, bridge } = setup({ takePendingLink: pending(LINK) });
    await store.getState().receivePendingLink();
    expect(bridge.openActivation).toHaveBeenCalledWith({ link: LINK });
    expect(store.getState().wizard.step).toBe('profile');
  });

  it('does nothing when no link is waiting', async () => {
    const { store, bridge } = setup();
    await store.getState().receivePendingLink();
    expect(bridge.openActivation).not.toHaveBeenCalled();
    expect(store.getState().wizard.step).toBe('start');
  });

  it('asks first when the person is mid-way, and keeps everything if they decline', async () => {
    const { store, bridge } = setup({ takePendingLink: pending(LINK) });
    await toQuestions(store);
    await store.getState().receivePendingLink();
    expect(store.getState().incomingLink).toBe(LINK);
    expect(bridge.openActivation).toHaveBeenCalledTimes(1);
    store.getState().declineIncomingLink();
    expect(store.getState().incomingLink).toBeNull();
    expect(store.getState().wizard.step).toBe('questions');
    expect(store.getState().rows[0]!.answer).toBe('kucing oren');
  });

  it('drops the progress and opens the new link when the person accepts', async () => {
    const { store, bridge } = setup({ takePendingLink: pending(LINK) });
    await toQuestions(store);
    await store.getState().receivePendingLink();
    await store.getState().acceptIncomingLink();
    expect(bridge.openActivation).toHaveBeenLastCalledWith({ link: LINK });
    expect(store.getState().wizard.step).toBe('profile');
    expect(store.getState().rows.every((row) => row.answer === '')).toBe(true);
    expect(store.getState().incomingLink).toBeNull();
  });
});

describe('ending a session', () => {
  it('hands main everything typed, so the clipboard can be cleared, then wipes the store', async () => {
    const { store, bridge } = setup();
    await toQuestions(store);
    store.getState().endIdleSession();
    expect(bridge.endSession).toHaveBeenCalledWith({ typedValues: expect.arrayContaining(['kucing oren', demoActivation.token]) });
    const state = store.getState();
    expect(state.wizard.step).toBe('start');
    expect(state.sessionEnded).toBe(true);
    expect(state.wizard.activation).toBeNull();
    expect(state.rows.every((row) => row.answer === '')).toBe(true);
  });

  it('forgets that the last session timed out once someone starts over', async () => {
    const { store } = setup();
    await toQuestions(store);
    store.getState().endIdleSession();
    store.getState().reset();
    expect(store.getState().sessionEnded).toBe(false);
  });
});

describe('start-up', () => {
  it('opens a deep link waiting at start-up even while the app is still loading its settings', async () => {
    let answerAppInfo: () => void = () => undefined;
    const { store, bridge } = setup({
      takePendingLink: pending(LINK),
      getAppInfo: vi.fn(() => new Promise<Result<AppInfo>>((resolve) => (answerAppInfo = () => resolve(ok(demoAppInfo))))),
    });
    const loading = store.getState().loadAppInfo();
    await store.getState().receivePendingLink();
    answerAppInfo();
    await loading;
    expect(bridge.openActivation).toHaveBeenCalledWith({ link: LINK });
    expect(store.getState().wizard.step).toBe('profile');
    expect(store.getState().appInfo).toEqual(demoAppInfo);
  });
});

describe('what the screens ask of main, through the store', () => {
  it('takes each link main announces, until the screen stops listening', async () => {
    let announce: () => void = () => undefined;
    const stop = vi.fn();
    const { store, bridge } = setup({
      takePendingLink: pending(LINK),
      onLinkPending: vi.fn((listener: () => void) => ((announce = listener), stop)),
    });
    const unlisten = store.getState().listenForLinks();
    announce();
    await vi.waitFor(() => expect(store.getState().wizard.step).toBe('profile'));
    expect(bridge.openActivation).toHaveBeenCalledWith({ link: LINK });
    unlisten();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('says the service is unreachable when main says so or the call fails', async () => {
    expect(await setup().store.getState().checkService()).toBe(true);
    expect(await setup({ checkService: vi.fn(async () => ok({ reachable: false, codeExchange: false })) }).store.getState().checkService()).toBe(false);
    const failed = vi.fn(async (): Promise<Result<{ reachable: boolean; codeExchange: boolean }>> => ({ ok: false, error: { code: 'network' } }));
    expect(await setup({ checkService: failed }).store.getState().checkService()).toBe(false);
  });

  it('pastes only the link main found on the clipboard', async () => {
    expect(await setup().store.getState().pasteLink()).toBeNull();
    expect(await setup({ pasteLink: vi.fn(async () => ok({ link: LINK })) }).store.getState().pasteLink()).toBe(LINK);
  });
});
