import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { ok, type Result } from '../../shared/errors.ts';
import type { Handlers } from '../../shared/ipc-contract.ts';
import { channels, ipcChannelName } from '../../shared/ipc-channels.ts';
import { isTrustedSender, registerHandlers } from '../../main/ipc.ts';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<Result<unknown>>;

/** The one piece of ipcMain that registration uses. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return { listeners, handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) };
}

function eventFrom(url: string, { subFrame = false } = {}): IpcMainInvokeEvent {
  const mainFrame = { url };
  const senderFrame = subFrame ? { url } : mainFrame;
  return { senderFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

function recordingHandlers(calls: string[]): Handlers {
  return Object.fromEntries(
    channels.map((channel) => [channel, async (payload: unknown) => (calls.push(`${channel}:${JSON.stringify(payload)}`), ok({ channel }))]),
  ) as unknown as Handlers;
}

describe('IPC registration', () => {
  it('registers exactly one listener per contract channel', () => {
    const ipcMain = fakeIpcMain();
    registerHandlers(ipcMain as never, recordingHandlers([]));
    expect([...ipcMain.listeners.keys()].sort()).toEqual(channels.map(ipcChannelName).sort());
  });

  it("passes the app's own main frame through to the handler", async () => {
    const calls: string[] = [];
    const ipcMain = fakeIpcMain();
    registerHandlers(ipcMain as never, recordingHandlers(calls));
    const result = await ipcMain.listeners.get('ispeks:requestActivation')!(eventFrom('app://kiosk/index.html'), { icNumber: '1' });
    expect(result).toEqual({ ok: true, value: { channel: 'requestActivation' } });
    expect(calls).toEqual(['requestActivation:{"icNumber":"1"}']);
  });

  it.each([
    ['a foreign page', eventFrom('https://evil.example/')],
    ['a file:// page', eventFrom('file:///tmp/index.html')],
    ['an app:// page of another host', eventFrom('app://other/index.html')],
    ['a sub-frame of the app', eventFrom('app://kiosk/index.html', { subFrame: true })],
    ['a frame that is gone', { senderFrame: null, sender: { mainFrame: {} } } as unknown as IpcMainInvokeEvent],
  ])('refuses a call from %s without calling the handler', async (_name, event) => {
    const calls: string[] = [];
    const ipcMain = fakeIpcMain();
    registerHandlers(ipcMain as never, recordingHandlers(calls));
    expect(isTrustedSender(event)).toBe(false);
    const result = await ipcMain.listeners.get('ispeks:completeActivation')!(event, {});
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it('turns a handler that throws into a server error instead of a rejected promise', async () => {
    const ipcMain = fakeIpcMain();
    const throwing = { ...recordingHandlers([]), getAppInfo: async () => { throw new Error('boom'); } } as Handlers;
    registerHandlers(ipcMain as never, throwing);
    await expect(ipcMain.listeners.get('ispeks:getAppInfo')!(eventFrom('app://kiosk/'), {})).resolves.toEqual({
      ok: false,
      error: { code: 'server' },
    });
  });
});
