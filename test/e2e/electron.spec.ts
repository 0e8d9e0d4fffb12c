// The real Electron app against the reference API. Runs where the Electron binary exists; on
// machines without it (such as the ones this project is built on) it is skipped with the reason.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { channels } from '../../shared/ipc-channels.ts';
import { findElectronBinary } from './electron-binary.ts';
import { expect, test } from './fixtures.ts';
import { chooseQuestions, pasteLink, requestLink, setPassword } from './kiosk-steps.ts';

const binary = findElectronBinary();
if (!binary.found) console.log(`Electron end-to-end tests skipped: ${binary.reason}.`);
test.skip(!binary.found, binary.found ? '' : binary.reason);

let app: ElectronApplication;
let kioskWindow: Page;

const APP_DIR = resolve(import.meta.dirname, '../..');

async function launch(apiUrl: string, extraArgs: string[] = []) {
  if (!binary.found) return;
  app = await electron.launch({
    executablePath: binary.path,
    args: [APP_DIR, ...extraArgs],
    env: { ...process.env, ISPEKS_API_BASE_URL: apiUrl, ISPEKS_CONFIG_FILE: join(APP_DIR, 'test-results', 'no-system-config.json') },
  });
  kioskWindow = await app.firstWindow();
}

test.beforeEach(async ({ api }, testInfo) => {
  if (!testInfo.title.includes('cold start')) await launch(api.url);
});
test.afterEach(async () => {
  await app?.close();
});

test('starts on the start screen, served from app://, with only the bridge exposed', async () => {
  await expect(kioskWindow.getByRole('heading', { level: 1, name: 'Pengaktifan Akaun iSPEKS' })).toBeVisible();
  expect(kioskWindow.url()).toBe('app://kiosk/index.html');
  const exposed = await kioskWindow.evaluate(() => ({
    bridge: Object.keys((window as unknown as { ispeks: object }).ispeks).sort(),
    node: typeof (globalThis as { process?: unknown }).process,
    require: typeof (globalThis as { require?: unknown }).require,
  }));
  expect(exposed).toEqual({ bridge: [...channels].sort(), node: 'undefined', require: 'undefined' });
});

test('a person activates a demo account in the Electron window', async ({ api }) => {
  const account = demoAccounts.find((a) => a.status === 'pending')!;
  await requestLink(kioskWindow, account.icNumber);
  await pasteLink(kioskWindow, (await api.latestEmailTo(account.email)).appUrl);
  await kioskWindow.getByRole('button', { name: 'Seterusnya' }).click();
  await chooseQuestions(kioskWindow);
  await kioskWindow.getByRole('button', { name: 'Seterusnya' }).click();
  await setPassword(kioskWindow, 'Sungai-Golok-Tenang-42');
  await kioskWindow.getByRole('button', { name: 'Selesai' }).click();
  await expect(kioskWindow.getByText('Tahniah.', { exact: false })).toBeVisible();
});

test('the window cannot be navigated away from the app or open new windows', async () => {
  await kioskWindow.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await kioskWindow.waitForTimeout(500);
  expect(kioskWindow.url()).toBe('app://kiosk/index.html');
  const opened = await kioskWindow.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('a link clicked while the kiosk is closed opens it at the profile (cold start)', async ({ api }) => {
  const account = demoAccounts.filter((a) => a.status === 'pending')[1]!;
  await launch(api.url, [await api.linkFor(account)]);
  await expect(kioskWindow.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
  await expect(kioskWindow.getByText(account.name)).toBeVisible();
});

test('a link clicked while the kiosk runs reaches the running window (warm start, second instance)', async ({ api }) => {
  if (!binary.found) return;
  const account = demoAccounts.filter((a) => a.status === 'pending')[2]!;
  await expect(kioskWindow.getByRole('heading', { level: 1, name: 'Pengaktifan Akaun iSPEKS' })).toBeVisible();
  const second = spawn(binary.path, [APP_DIR, await api.linkFor(account)], { env: { ...process.env, ISPEKS_API_BASE_URL: api.url } });
  const exitCode = await new Promise<number | null>((done) => second.once('exit', done));
  expect(exitCode).toBe(0);
  await expect(kioskWindow.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
  expect(app.windows()).toHaveLength(1);
});

test('a page that is not the app cannot call main, even with the same preload', async () => {
  const preload = join(APP_DIR, 'out/preload/index.cjs');
  const answer = await app.evaluate(async ({ BrowserWindow }, preloadPath) => {
    const foreign = new BrowserWindow({ show: false, webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true } });
    await foreign.loadURL('data:text/html,<p>not the kiosk</p>');
    const result = await foreign.webContents.executeJavaScript('window.ispeks.getAppInfo({})');
    foreign.destroy();
    return result;
  }, preload);
  expect(answer).toEqual({ ok: false, error: { code: 'invalid-input' } });
});

test('an invalid configuration shows IT a screen naming the field, instead of starting', async ({ api }) => {
  await app.close();
  app = await electron.launch({
    executablePath: binary.found ? binary.path : '',
    args: [APP_DIR],
    env: { ...process.env, ISPEKS_API_BASE_URL: api.url, ISPEKS_IDLE_SECONDS: 'soon' },
  });
  const notice = await app.firstWindow();
  await expect(notice.getByText('Kios ini belum ditetapkan dengan betul.')).toBeVisible();
  await expect(notice.getByText('ISPEKS_IDLE_SECONDS')).toBeVisible();
});
