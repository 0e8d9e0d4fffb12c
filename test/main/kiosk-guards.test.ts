// The window guards against a small fake of the one part of webContents they use.
import { EventEmitter } from 'node:events';
import type { Event, HandlerDetails, Input, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardContents, isBlockedShortcut, type KeyInput } from '../../main/kiosk-guards.ts';

class FakeContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  zoomLimits: [number, number] | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
    this.openHandler = handler;
  }
  async setVisualZoomLevelLimits(min: number, max: number) {
    this.zoomLimits = [min, max];
  }
  /** Emits like Electron does and says whether a listener called preventDefault. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => void (prevented = true) } as Event, ...args);
    return prevented;
  }
}

const key = (key: string, modifiers: Partial<KeyInput> = {}): Input =>
  ({ type: 'keyDown', key, control: false, meta: false, alt: false, shift: false, ...modifiers }) as Input;

describe('window guards', () => {
  it('refuses navigation anywhere but the app, redirects, webviews and new windows', () => {
    const contents = new FakeContents();
    guardContents(contents as never, { kiosk: true });
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'ispeks://activate?token=x')).toBe(true);
    expect(contents.fire('will-frame-navigate', 'app://other/index.html')).toBe(true);
    expect(contents.fire('will-navigate', 'app://kiosk/index.html')).toBe(false);
    expect(contents.fire('will-redirect', 'app://kiosk/index.html')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com/' } as HandlerDetails)).toEqual({ action: 'deny' });
    expect(contents.zoomLimits).toEqual([1, 1]);
  });

  it('swallows the shortcuts that would reload, open devtools, zoom, print or close', () => {
    const contents = new FakeContents();
    guardContents(contents as never, { kiosk: true });
    for (const input of [key('F5'), key('r', { control: true }), key('I', { control: true, shift: true }), key('F12'), key('=', { control: true }), key('p', { meta: true }), key('w', { control: true }), key('F4', { alt: true })]) {
      expect(contents.fire('before-input-event', input), JSON.stringify(input)).toBe(true);
    }
  });

  it.each([
    key('a'),
    key('Tab'),
    key('Enter'),
    key('ArrowDown'),
    key('v', { control: true }),
    key('c', { control: true }),
    key('a', { meta: true }),
    key('z', { control: true }),
    key('Backspace'),
  ])('leaves typing and editing alone: %j', (input) => {
    expect(isBlockedShortcut(input, { kiosk: true })).toBe(false);
  });

  it('lets a desktop user leave full screen and close with Alt+F4, but not a kiosk user', () => {
    expect(isBlockedShortcut(key('F11'), { kiosk: false })).toBe(false);
    expect(isBlockedShortcut(key('F4', { alt: true }), { kiosk: false })).toBe(false);
    expect(isBlockedShortcut(key('F11'), { kiosk: true })).toBe(true);
  });

  it('only acts on key presses', () => {
    expect(isBlockedShortcut({ ...key('F5'), type: 'keyUp' }, { kiosk: true })).toBe(false);
  });
});
