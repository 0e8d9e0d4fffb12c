// Channel names and the bridge builder, without zod, so the preload stays tiny.
import type { Bridge, Channel } from './ipc-contract.ts';

export const channels = ['getAppInfo', 'requestActivation', 'openActivation', 'completeActivation', 'openLogin'] as const;

// A channel added to the contract but not listed here is a compile error, and the reverse.
type Unlisted = Exclude<Channel, (typeof channels)[number]>;
type Unknown = Exclude<(typeof channels)[number], Channel>;
export const channelsAreExhaustive: [Unlisted, Unknown] extends [never, never] ? true : never = true;

export const ipcChannelName = (channel: Channel): string => `ispeks:${channel}`;

export const BRIDGE_GLOBAL = 'ispeks';

/** Builds `window.ispeks` from one transport: Electron IPC, HTTP in browser mode, or a Playwright binding. */
export function createBridge(invoke: (channel: Channel, payload: unknown) => Promise<unknown>): Bridge {
  return Object.fromEntries(
    channels.map((channel) => [channel, (payload: unknown) => invoke(channel, payload)]),
  ) as unknown as Bridge;
}
