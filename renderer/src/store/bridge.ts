// The renderer's only door to the outside: `window.ispeks`, exposed by the preload.
import type { Bridge } from '../../../shared/ipc-contract.ts';
import type { Result } from '../../../shared/errors.ts';
import { bridgeEventKey, createBridge } from '../../../shared/ipc-channels.ts';

declare global {
  interface Window {
    readonly ispeks: Bridge;
  }
}

type AnyCall = (payload: unknown) => Promise<Result<unknown>>;

/** `window.ispeks`, guarded: the contract says calls never throw, but a missing or broken bridge must not crash a screen. */
export const bridge: Bridge = createBridge(
  async (channel, payload) => {
    try {
      return await (window.ispeks[channel] as AnyCall)(payload);
    } catch {
      return { ok: false, error: { code: 'server' } } satisfies Result<never>;
    }
  },
  (event, listener) => {
    try {
      return window.ispeks[bridgeEventKey(event) as `on${Capitalize<typeof event>}`](listener);
    } catch {
      return () => undefined;
    }
  },
);
