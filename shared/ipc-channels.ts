// Channel names and the bridge builder, without zod, so the preload stays tiny.
import type { Bridge, Channel, IpcEvent } from './ipc-contract.ts';

export const channels = [
  'getAppInfo',
  'requestActivation',
  'openActivation',
  'completeActivation',
  'openLogin',
  'takePendingLink',
  'pasteLink',
  'endSession',
  'checkService',
] as const;
export const events = ['linkPending'] as const satisfies readonly IpcEvent[];

// A channel added to the contract but not listed here is a compile error, and the reverse.
type Unlisted = Exclude<Channel, (typeof channels)[number]>;
type Unknown = Exclude<(typeof channels)[number], Channel>;
type UnlistedEvent = Exclude<IpcEvent, (typeof events)[number]>;
export const channelsAreExhaustive: [Unlisted, Unknown, UnlistedEvent] extends [never, never, never] ? true : never = true;

export const ipcChannelName = (channel: Channel): string => `ispeks:${channel}`;
export const ipcEventName = (event: IpcEvent): string => `ispeks-event:${event}`;
export const bridgeEventKey = (event: IpcEvent): string => `on${event[0]!.toUpperCase()}${event.slice(1)}`;

export const BRIDGE_GLOBAL = 'ispeks';

/** How many typed values `endSession` takes, so main can clear the clipboard of any of them. */
export const MAX_TYPED_VALUES = 20;

/** Builds `window.ispeks` from one transport: Electron IPC, HTTP in browser mode, or a Playwright binding. */
export function createBridge(
  invoke: (channel: Channel, payload: unknown) => Promise<unknown>,
  subscribe: (event: IpcEvent, listener: () => void) => () => void,
): Bridge {
  return Object.fromEntries([
    ...channels.map((channel) => [channel, (payload: unknown) => invoke(channel, payload)]),
    // Only a function reaches the listener: nothing from the transport's event object leaks through.
    ...events.map((event) => [bridgeEventKey(event), (listener: () => void) => subscribe(event, () => listener())]),
  ]) as unknown as Bridge;
}
