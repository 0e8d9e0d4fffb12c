// The one door between renderer and main: every channel of the contract is registered here,
// and a message from any frame but the app's own main frame is refused.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../shared/errors.ts';
import type { Handlers } from '../shared/ipc-contract.ts';
import { channels, ipcChannelName } from '../shared/ipc-channels.ts';
import { APP_HOST, APP_SCHEME } from './app-protocol.ts';

/** Only the top frame of the app's own page may call main. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  // Compared by scheme and host: a non-special scheme's `origin` is "null" outside Chromium.
  return URL.canParse(frame.url) && new URL(frame.url).protocol === `${APP_SCHEME}:` && new URL(frame.url).host === APP_HOST;
}

export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean = isTrustedSender,
): void {
  for (const channel of channels) {
    ipcMain.handle(ipcChannelName(channel), async (event, payload: unknown) => {
      if (!isTrusted(event)) return fail({ code: 'invalid-input' });
      try {
        return await handlers[channel](payload);
      } catch {
        return fail({ code: 'server' });
      }
    });
  }
}
