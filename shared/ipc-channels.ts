// Channel names and the bridge builder, without zod, so the preload stays tiny.
import type { Result } from './errors.ts';
import type { Bridge, Channel, IpcEvent } from './ipc-contract.ts';

export const channels = [
  'getAppInfo',
  'requestActivation',
  'openActivation',
  'openActivationByCode',
  'completeActivation',
  'openLogin',
  'takePendingLink',
  'pasteLink',
  'endSession',
  'checkService',
  'setScanView',
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

// What a broken transport answers: the renderer awaits every call without try/catch.
const BROKEN: Result<never> = { ok: false, error: { code: 'server' } };

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

async function call(invoke: () => Promise<unknown>): Promise<Result<unknown>> {
  try {
    const answer = await invoke();
    return isResult(answer) ? answer : BROKEN;
  } catch {
    return BROKEN;
  }
}

/**
 * Builds `window.ispeks` from one transport: Electron IPC, HTTP in browser mode. A call whose
 * transport throws, rejects or answers something that is not a Result answers a failed Result
 * instead, and a subscription the transport cannot make is a no-op: nothing thrown reaches a screen.
 */
export function createBridge(
  invoke: (channel: Channel, payload: unknown) => Promise<unknown>,
  subscribe: (event: IpcEvent, listener: () => void) => () => void,
): Bridge {
  const on = (event: IpcEvent, listener: () => void) => {
    try {
      // Only a function reaches the listener: nothing from the transport's event object leaks through.
      return subscribe(event, () => listener());
    } catch {
      return () => undefined;
    }
  };
  return Object.fromEntries([
    ...channels.map((channel) => [channel, (payload: unknown) => call(() => invoke(channel, payload))]),
    ...events.map((event) => [bridgeEventKey(event), (listener: () => void) => on(event, listener)]),
  ]) as unknown as Bridge;
}
