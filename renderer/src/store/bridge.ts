// The renderer's only door to the outside: `window.ispeks`, which the preload (or, in a plain
// browser, the browser host's page script) builds with createBridge, so its calls never throw.
import type { Bridge, IpcEvent } from '../../../shared/ipc-contract.ts';
import { bridgeEventKey, createBridge } from '../../../shared/ipc-channels.ts';

declare global {
  interface Window {
    readonly ispeks: Bridge;
  }
}

type AnyCall = (payload: unknown) => Promise<unknown>;

/**
 * Looked up at each call, not at import: the build's prerender runs this module in Node, where
 * there is no window. A page without `window.ispeks` gets failed Results, as from a broken transport.
 */
export const bridge: Bridge = createBridge(
  (channel, payload) => (window.ispeks[channel] as AnyCall)(payload),
  (event, listener) => window.ispeks[bridgeEventKey(event) as `on${Capitalize<IpcEvent>}`](listener),
);
