// Deep links through a small fake of the two app events that deliver them.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { listenForArgvLinks, listenForOpenUrl } from '../../main/deep-link-wiring.ts';
import { createLinkInbox } from '../../main/link-inbox.ts';

function setup() {
  const app = new EventEmitter();
  let focused = 0;
  let signals = 0;
  const inbox = createLinkInbox();
  inbox.onPending(() => void (signals += 1));
  return { app, inbox, focus: () => void (focused += 1), focused: () => focused, signals: () => signals };
}

describe('deep links from the OS', () => {
  it('takes the link of a cold start from argv (Windows, Linux)', () => {
    const { app, inbox, focus } = setup();
    listenForArgvLinks(app as never, inbox, 'ispeks', ['/opt/ispeks/ispeks', '--no-sandbox', 'ispeks://activate?token=cold'], focus);
    expect(inbox.take()).toBe('ispeks://activate?token=cold');
  });

  it('takes the link of a second launch and brings the window to the front (warm start)', () => {
    const { app, inbox, focus, focused, signals } = setup();
    listenForArgvLinks(app as never, inbox, 'ispeks', ['/opt/ispeks/ispeks'], focus);
    expect(inbox.take()).toBeNull();
    app.emit('second-instance', {}, ['C:\\iSPEKS.exe', 'ispeks://activate?token=warm'], 'C:\\', {});
    expect(inbox.take()).toBe('ispeks://activate?token=warm');
    expect(focused()).toBe(1);
    expect(signals()).toBe(1);
  });

  it('still focuses the window when a second launch carries no link', () => {
    const { app, inbox, focus, focused } = setup();
    listenForArgvLinks(app as never, inbox, 'ispeks', [], focus);
    app.emit('second-instance', {}, ['C:\\iSPEKS.exe'], 'C:\\', {});
    expect(inbox.take()).toBeNull();
    expect(focused()).toBe(1);
  });

  it('takes macOS open-url links, keeping only the newest, and stops the default handling', () => {
    const { app, inbox, focus } = setup();
    listenForOpenUrl(app as never, inbox, focus);
    let prevented = 0;
    const event = { preventDefault: () => void (prevented += 1) };
    app.emit('open-url', event, 'ispeks://activate?token=first');
    app.emit('open-url', event, 'ispeks://activate?token=second');
    expect(prevented).toBe(2);
    expect(inbox.take()).toBe('ispeks://activate?token=second');
  });
});
