// The browser host's bridge in a real Chromium: the page gets exactly what the preload exposes,
// built by the same createBridge, answered by main's handlers and events over HTTP.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { configFor, createKioskServices } from '../../main/kiosk-services.ts';
import { createBridge } from '../../shared/ipc-channels.ts';
import { startBrowserHost, type BrowserHost } from '../../scripts/browser-host.ts';

// A page of its own rather than the kiosk, which would take every waiting link itself.
const PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'none'">
</head><body>bridge only</body></html>`;
// getAppInfo and the deep-link inbox answer without the API, so none is started.
const services = createKioskServices({ config: configFor('http://127.0.0.1:9'), version: 'host-test' });
const LINK = `ispeks://activate?token=${'A'.repeat(43)}`;

let rendererDir: string;
let browser: Browser;
let host: BrowserHost;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'ispeks-host-'));
  await writeFile(join(rendererDir, 'index.html'), PAGE);
  host = await startBrowserHost({ rendererDir, bridge: services });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--disable-gpu', '--disable-quic'] });
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await rm(rendererDir, { recursive: true, force: true });
});

async function open(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(host.url);
  return page;
}

/** Subscribes in the page, and counts the events it hears in `window.__heard`. */
const listen = (page: Page) =>
  page.evaluate(() => {
    const heard = { count: 0 };
    Object.defineProperty(window, '__heard', { value: heard });
    window.ispeks.onLinkPending(() => void (heard.count += 1));
  });
const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: { count: number } }).__heard.count);

it('gives the page exactly the functions the preload exposes, answered by main\'s handlers', async () => {
  const page = await open();
  const preloadShape = Object.keys(createBridge(async () => undefined, () => () => undefined)).sort();
  expect(await page.evaluate(() => Object.keys(window.ispeks).sort())).toEqual(preloadShape);
  expect(await page.evaluate(() => window.ispeks.getAppInfo({}))).toMatchObject({ ok: true, value: { version: 'host-test' } });
  await page.close();
});

it('tells a subscribed page each time a link is waiting, and hands the link over once', async () => {
  const page = await open();
  await listen(page);
  // Until the page's event stream is connected an event is lost, as an IPC event before the renderer listens.
  await expect.poll(() => (services.linkInbox.offer(LINK), heard(page))).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.ispeks.takePendingLink({}))).toEqual({ ok: true, value: { link: LINK } });
  expect(await page.evaluate(() => window.ispeks.takePendingLink({}))).toEqual({ ok: true, value: { link: null } });
  const before = await heard(page);
  services.linkInbox.offer(LINK);
  await expect.poll(() => heard(page)).toBe(before + 1);
  await page.close();
});

it('answers a failed Result, not an exception, once the host is gone', async () => {
  const gone = await startBrowserHost({ rendererDir, bridge: services });
  const page = await browser.newPage();
  await page.goto(gone.url);
  await gone.close();
  expect(await page.evaluate(() => window.ispeks.checkService({}))).toEqual({ ok: false, error: { code: 'server' } });
  await page.close();
});
