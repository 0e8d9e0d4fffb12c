// End-to-end fixtures: the built renderer in Debian's Chromium, served by the browser host with
// `window.ispeks` built by createBridge as the preload builds it (HTTP in place of Electron's IPC),
// the real handlers behind it, and the real reference API.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startActivationServer } from '../../server/app.ts';
import { configFor, createKioskServices } from '../../main/kiosk-services.ts';
import { createLinkInbox, type LinkInbox } from '../../main/link-inbox.ts';
import { linkFor as issueLink } from '../server/link-for.ts';
import { startBrowserHost, type BrowserHost } from '../../scripts/browser-host.ts';

export interface OutboxMessage {
  to: string;
  subject: string;
  sentAt: string;
  text: string;
  activationUrl: string;
  appUrl: string;
  /** The short code as the e-mail shows it, `XXXX-XXXX`. */
  code: string;
  /** Where the reference API serves this message's QR image (a PNG of `activationUrl`). */
  qrUrl: string;
}

export interface ReferenceApi {
  url: string;
  /** Messages in the reference server's outbox, newest last. */
  outbox(): Promise<OutboxMessage[]>;
  /** The newest activation email sent to this address. */
  latestEmailTo(email: string): Promise<OutboxMessage>;
  /** Asks the API for a link as the IC screen would, and returns the app link it e-mailed. */
  linkFor(account: { icNumber: string; email: string }): Promise<string>;
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
  host: BrowserHost;
  api: ReferenceApi;
  apiOptions: { tokenTtlSeconds?: number; rateLimitSeconds?: number };
  configEnv: Record<string, string>;
  /** Main's deep-link inbox, which the OS fills and the handlers empty. */
  linkInbox: LinkInbox;
  kioskMain: KioskMain;
  kiosk: Page;
}

export const test = base.extend<Fixtures>({
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
    const linkFor = async (account: { icNumber: string; email: string }) => (await issueLink(server, account.icNumber)).appUrl;
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
    await use({ url: server.url, outbox, latestEmailTo, linkFor, advance, armFault, callsSeen, activationsOf });
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  },
  configEnv: [{}, { option: true }],
  linkInbox: async ({}, use) => use(createLinkInbox()),
  kioskMain: async ({ page, linkInbox: inbox }, use) => {
    await use({
      openedExternally: [],
      clipboard: '',
      browserOpens: true,
      deliverLink: async (link) => inbox.offer(link),
      // A true cold start: the old page is gone before the link arrives. (Offering the link and
      // then reloading let a late start-up effect of the old page take the link before it died.)
      coldStartWithLink: async (link) => {
        const url = page.url();
        await page.goto('about:blank');
        inbox.offer(link);
        await page.goto(url);
      },
    });
  },
  host: async ({ api, kioskMain, linkInbox, configEnv }, use) => {
    const services = createKioskServices({
      config: configFor(api.url, configEnv),
      version: 'test',
      desktop: {
        openExternal: async (url) => {
          if (!kioskMain.browserOpens) throw new Error('no browser');
          kioskMain.openedExternally.push(url);
        },
        readClipboard: () => kioskMain.clipboard,
        clearClipboard: () => void (kioskMain.clipboard = ''),
      },
      linkInbox,
    });
    const host = await startBrowserHost({ rendererDir: resolve(import.meta.dirname, '../../out/renderer'), bridge: services });
    await use(host);
    await host.close();
  },
  kiosk: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };
