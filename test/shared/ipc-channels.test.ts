import { describe, it, expect } from 'vitest';
import {
  BRIDGE_GLOBAL,
  channels,
  channelsAreExhaustive,
  createBridge,
  ipcChannelName,
} from '../../shared/ipc-channels.ts';
import { ipcContract } from '../../shared/ipc-contract.ts';
import type { Channel } from '../../shared/ipc-contract.ts';

interface Call {
  readonly channel: Channel;
  readonly payload: unknown;
}

/** A transport that records each call and answers with something that names the call. */
function recordingTransport(): { calls: Call[]; invoke: (channel: Channel, payload: unknown) => Promise<unknown> } {
  const calls: Call[] = [];
  return {
    calls,
    invoke: (channel, payload) => {
      calls.push({ channel, payload });
      return Promise.resolve({ ok: true, value: { answeredBy: channel } });
    },
  };
}

describe('channels', () => {
  it('lists exactly the channels of the IPC contract, once each', () => {
    expect([...channels].sort()).toEqual(Object.keys(ipcContract).sort());
    expect(new Set(channels).size).toBe(channels.length);
    expect(channelsAreExhaustive).toBe(true);
  });

  it('names each IPC channel under the ispeks: prefix, all different', () => {
    expect(ipcChannelName('getAppInfo')).toBe('ispeks:getAppInfo');
    expect(ipcChannelName('completeActivation')).toBe('ispeks:completeActivation');
    expect(new Set(channels.map(ipcChannelName)).size).toBe(channels.length);
  });

  it('exposes the bridge as window.ispeks', () => {
    expect(BRIDGE_GLOBAL).toBe('ispeks');
  });
});

const noEvents = () => () => undefined;

describe('createBridge', () => {
  it('has exactly one function per channel and one subscriber per event, and nothing else', () => {
    const bridge = createBridge(recordingTransport().invoke, noEvents);
    expect(Object.keys(bridge).sort()).toEqual([...channels, 'onLinkPending'].sort());
    for (const channel of channels) expect(typeof bridge[channel]).toBe('function');
  });

  it('subscribes a listener to an event, passes it nothing from the transport, and unsubscribes', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let unsubscribed = 0;
    const bridge = createBridge(recordingTransport().invoke, (event, listener) => {
      listeners.set(event, listener as (...args: unknown[]) => void);
      return () => void (unsubscribed += 1);
    });
    const heard: unknown[][] = [];
    const stop = bridge.onLinkPending((...args: unknown[]) => void heard.push(args));
    listeners.get('linkPending')!({ sender: 'ipc internals' }, 'extra');
    expect(heard).toEqual([[]]);
    stop();
    expect(unsubscribed).toBe(1);
  });

  it('does not call the transport until a function is called', () => {
    const transport = recordingTransport();
    createBridge(transport.invoke, noEvents);
    expect(transport.calls).toEqual([]);
  });

  it.each(channels.map((channel) => [channel]))('routes %s with its payload, once, and returns the answer', async (channel) => {
    const transport = recordingTransport();
    const bridge = createBridge(transport.invoke, noEvents);
    const payload = { marker: `payload for ${channel}` };
    const call = bridge[channel] as (request: unknown) => Promise<unknown>;
    await expect(call(payload)).resolves.toEqual({ ok: true, value: { answeredBy: channel } });
    expect(transport.calls).toEqual([{ channel, payload }]);
    expect(transport.calls[0]?.payload).toBe(payload);
  });

  it('routes typed calls to the right channel', async () => {
    const transport = recordingTransport();
    const bridge = createBridge(transport.invoke, noEvents);
    await bridge.getAppInfo({});
    await bridge.requestActivation({ icNumber: '900101-14-5678' });
    await bridge.openActivation({ link: 'ispeks://activate?token=x' });
    expect(transport.calls).toEqual([
      { channel: 'getAppInfo', payload: {} },
      { channel: 'requestActivation', payload: { icNumber: '900101-14-5678' } },
      { channel: 'openActivation', payload: { link: 'ispeks://activate?token=x' } },
    ]);
  });

  // The renderer's screens await these calls without try/catch: a broken transport must answer, not throw.
  it.each([
    ['throws', () => { throw new Error('no ipc'); }],
    ['rejects', () => Promise.reject(new Error('connection refused'))],
    ['answers something that is not a Result', () => Promise.resolve('<html>502 Bad Gateway</html>')],
    ['answers null', () => Promise.resolve(null)],
  ] as const)('answers a failed Result when the transport %s', async (_how, invoke) => {
    const bridge = createBridge(invoke as () => Promise<unknown>, noEvents);
    await expect(bridge.checkService({})).resolves.toEqual({ ok: false, error: { code: 'server' } });
  });

  it('gives a listener a no-op unsubscribe when the transport cannot subscribe', () => {
    const bridge = createBridge(recordingTransport().invoke, () => {
      throw new Error('no event source');
    });
    const stop = bridge.onLinkPending(() => undefined);
    expect(() => stop()).not.toThrow();
  });
});
