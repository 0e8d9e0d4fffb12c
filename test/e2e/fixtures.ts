// End-to-end fixtures: the built renderer in Debian's Chromium, the real handlers behind the same
// `window.ispeks` shape (a Playwright binding in place of Electron's IPC), the real reference API.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startActivationServer } from '../../server/app.ts';
import { configFor, createKioskServices } from '../../main/kiosk-services.ts';
import { createLinkInbox } from '../../main/link-inbox.ts';
import type { Channel } from '../../shared/ipc-contract.ts';
import { channels } from '../../shared/ipc-channels.ts';
import { startBrowserHost, type BrowserHost } from '../../scripts/browser-host.ts';

export interface OutboxMessage {
  to: string;
  subject: string;
  sentAt: string;
  text: string;
  activationUrl: string;
  appUrl: string;
}

export interface ReferenceApi {
  url: string;
  /** Messages in the reference server's outbox, newest last. */
  outbox(): Promise<OutboxMessage[]>;
  /** The newest activation email sent to this address. */
  latestEmailTo(email: string): Promise<OutboxMessage>;
  /** Moves the server's clock forward, e.g. past a link's 30 minutes. */
  advance(seconds: number): Promise<void>;
  /** Makes the next calls fail as a network or gateway would (server/faults.ts, over POST /dev/faults). */
  armFault(plan: Record<string, unknown>): Promise<void>;
  /** The calls the server saw since it started, by kind. */
  callsSeen(): Promise<Record<'request' | 'open' | 'complete' | 'health', number>>;
  /** How many times this person's account was activated (completions stored), and its status. */
  activationsOf(icNumber: string): { status: string | undefined; activations: number };
}

/** What main would see and do, observed from the test. */
export interface KioskMain {
  /** Addresses Log Masuk asked the OS to open. */
  readonly openedExternally: string[];
  /** Delivers a deep link as the OS would to a running kiosk (second instance, open-url). */
  deliverLink(link: string): Promise<void>;
  /** Starts the kiosk afresh with a deep link already waiting, as on a cold start. */
  coldStartWithLink(link: string): Promise<void>;
  /** What the system clipboard holds, as main's clipboard.readText would read it (and clipboard.clear empties). */
  clipboard: string;
  /** Whether the OS manages to open the person's browser for Log Masuk. */
  browserOpens: boolean;
}

interface Fixtures {
  api: ReferenceApi;
  apiOptions: { tokenTtlSeconds?: number; rateLimitSeconds?: number };
  configEnv: Record<string, string>;
  kioskMain: KioskMain;
  kiosk: Page;
}

export const test = base.extend<Fixtures, { host: BrowserHost }>({
  host: [
    async ({}, use) => {
      const host = await startBrowserHost({ rendererDir: resolve(import.meta.dirname, '../../out/renderer'), bridge: { kind: 'none' } });
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
  apiOptions: [{}, { option: true }],
  api: async ({ apiOptions }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ispeks-e2e-'));
    let offsetMs = 0;
    const clock = () => new Date(Date.now() + offsetMs);
    const server = await startActivationServer({ dataDir, dev: true, faults: true, clock, log: () => undefined, ...apiOptions });
    const outbox = async () => {
      const response = await fetch(`${server.url}/dev/outbox`);
      return ((await response.json()) as { messages: OutboxMessage[] }).messages;
    };
    const latestEmailTo = async (email: string) => {
      await expect.poll(async () => (await outbox()).filter((m) => m.to.includes(email)).length).toBeGreaterThan(0);
      return (await outbox()).filter((m) => m.to.includes(email)).at(-1)!;
    };
    const advance = async (seconds: number) => void (offsetMs += seconds * 1000);
    const armFault = async (plan: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/dev/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(plan) });
      expect(response.status).toBe(201);
    };
    const callsSeen = async () => ((await (await fetch(`${server.url}/dev/faults`)).json()) as { seen: Awaited<ReturnType<ReferenceApi['callsSeen']>> }).seen;
    const activationsOf = (icNumber: string) => {
      const { accounts, tokens, completions } = server.store.state;
      const links = new Set(tokens.filter((token) => token.icNumber === icNumber).map((token) => token.tokenHash));
      return {
        status: accounts.find((account) => account.icNumber === icNumber)?.status,
        activations: completions.filter((completion) => links.has(completion.tokenHash)).length,
      };
    };
    await use({ url: server.url, outbox, latestEmailTo, advance, armFault, callsSeen, activationsOf });
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  },
  configEnv: [{}, { option: true }],
  kioskMain: async ({ page }, use) => {
    let rendererUp = true;
    const emit = () =>
      rendererUp
        ? page.evaluate(() => (window as unknown as { __ispeksEmit: (e: string) => void }).__ispeksEmit('linkPending')).catch(() => undefined)
        : undefined;
    const main = {
      openedExternally: [] as string[],
      clipboard: '',
      browserOpens: true,
      inbox: createLinkInbox(),
      deliverLink: async (link: string) => main.inbox.offer(link),
      // A true cold start: the old page is gone before the link arrives. (Offering the link and
      // then reloading let a late start-up effect of the old page take the link before it died.)
      coldStartWithLink: async (link: string) => {
        const url = page.url();
        rendererUp = false;
        await page.goto('about:blank');
        main.inbox.offer(link);
        await page.goto(url);
        rendererUp = true;
      },
    };
    main.inbox.onPending(() => void emit());
    await use(main);
  },
  kiosk: async ({ page, host, api, kioskMain, configEnv }, use) => {
    const { inbox, openedExternally } = kioskMain as KioskMain & { inbox: ReturnType<typeof createLinkInbox> };
    const { handlers } = createKioskServices({
      config: configFor(api.url, configEnv),
      version: 'test',
      desktop: {
        openExternal: async (url) => {
          if (!kioskMain.browserOpens) throw new Error('no browser');
          openedExternally.push(url);
        },
        readClipboard: () => kioskMain.clipboard,
        clearClipboard: () => void (kioskMain.clipboard = ''),
      },
      linkInbox: inbox,
    });
    await page.exposeBinding('__ispeksInvoke', (_source, channel: Channel, payload: unknown) => handlers[channel](payload));
    // The same shape the preload builds with createBridge: one named function per channel, and
    // `onLinkPending` fed by __ispeksEmit, which the test calls the way main sends an event.
    // `__ispeksCalls` notes each call's channel and page time (never its payload), for start-up.spec.ts.
    await page.addInitScript((names: readonly string[]) => {
      const invoke = (window as unknown as { __ispeksInvoke: (c: string, p: unknown) => Promise<unknown> }).__ispeksInvoke;
      const listeners = new Set<() => void>();
      const calls: { channel: string; at: number }[] = [];
      Object.defineProperty(window, '__ispeksEmit', { value: () => listeners.forEach((listener) => listener()) });
      Object.defineProperty(window, '__ispeksCalls', { value: calls });
      Object.defineProperty(window, 'ispeks', {
        value: Object.freeze({
          ...Object.fromEntries(
            names.map((name) => [name, (payload: unknown) => (calls.push({ channel: name, at: performance.now() }), invoke(name, payload))]),
          ),
          onLinkPending: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
        }),
      });
    }, channels);
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };
