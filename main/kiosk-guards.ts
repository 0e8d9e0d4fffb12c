// What keeps the kiosk window on the app: no navigation away, no new windows, no webviews, and
// no shortcut that reloads, opens devtools, zooms, prints or closes. Takes the webContents as an
// argument so it is tested with a small fake instead of Electron.
import type { Event, HandlerDetails, Input, WindowOpenHandlerResponse } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol.ts';

export type KeyInput = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

const isAppUrl = (url: string): boolean =>
  URL.canParse(url) && new URL(url).protocol === `${APP_SCHEME}:` && new URL(url).host === APP_HOST;

/** Shortcuts Chromium or Electron would act on. Typing, Tab, Enter, arrows and paste stay free. */
export function isBlockedShortcut(input: KeyInput, { kiosk }: { kiosk: boolean }): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (key === 'f5' || key === 'f12' || key === 'browserrefresh') return true;
  if (command && ['r', 'p', 'w', 'q', 'n', '+', '=', '-', '_', '0'].includes(key)) return true;
  if (command && input.shift && ['i', 'j', 'c', 'delete'].includes(key)) return true;
  if (input.meta && input.alt && key === 'i') return true; // devtools on macOS
  return kiosk && (key === 'f11' || (input.alt && key === 'f4'));
}

export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: Event, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
  on(event: 'before-input-event', listener: (event: Event, input: Input) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void>;
}

export function guardContents(contents: GuardedContents, { kiosk }: { kiosk: boolean }): void {
  const stayOnApp = (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input, { kiosk })) event.preventDefault();
  });
  void contents.setVisualZoomLevelLimits(1, 1); // no pinch zoom on a touch screen
}
