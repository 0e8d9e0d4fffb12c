// The language switch: Malay is always there; English is fetched on first use, once.
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../renderer/src/i18n/en.ts';
import type { AppInfo } from '../../shared/ipc-contract.ts';
import { demoAppInfo } from './fixtures.ts';
import { createTestStore, fakeBridge, ok } from './store-harness.ts';

const storeWith = (loadEnglish: () => Promise<typeof en>, appInfo: AppInfo = demoAppInfo) =>
  createTestStore({
    bridge: fakeBridge({ getAppInfo: vi.fn(async () => ok(appInfo)) }),
    loadEnglish,
    now: () => 0,
    newIdempotencyKey: () => 'key',
  });

describe('language', () => {
  it('fetches English when the person switches to it, and only once', async () => {
    const loadEnglish = vi.fn(async () => en);
    const store = storeWith(loadEnglish);
    expect(store.getState().english).toBeNull();
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
    await vi.waitFor(() => expect(store.getState().english).toBe(en));
    store.getState().setLanguage('ms');
    store.getState().setLanguage('en');
    await store.getState().loadEnglish();
    expect(loadEnglish).toHaveBeenCalledTimes(1);
  });

  it('fetches English at start-up when IT made it the default', async () => {
    const loadEnglish = vi.fn(async () => en);
    const store = storeWith(loadEnglish, { ...demoAppInfo, defaultLanguage: 'en' });
    await store.getState().loadAppInfo();
    expect(store.getState().language).toBe('en');
    await vi.waitFor(() => expect(store.getState().english).toBe(en));
  });

  it('stays readable in Malay when English cannot be fetched, and asks again next time', async () => {
    const loadEnglish = vi.fn<() => Promise<typeof en>>().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(en);
    const store = storeWith(loadEnglish);
    await store.getState().loadEnglish();
    expect(store.getState().english).toBeNull();
    await store.getState().loadEnglish();
    expect(store.getState().english).toBe(en);
  });

  it('keeps English loaded across sessions, and each new person starts in the default language', async () => {
    const store = storeWith(async () => en);
    store.getState().setLanguage('en');
    await store.getState().loadEnglish();
    store.getState().reset();
    expect(store.getState().language).toBe('ms');
    expect(store.getState().english).toBe(en);
  });
});
