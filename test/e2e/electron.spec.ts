// The real Electron app against the reference API. Runs where the Electron binary exists; on
// machines without it (such as the ones this project is built on) it is skipped with the reason.
import { resolve } from 'node:path';
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

test.beforeEach(async ({ api }) => {
  if (!binary.found) return;
  app = await electron.launch({
    executablePath: binary.path,
    args: [resolve(import.meta.dirname, '../..')],
    env: { ...process.env, ISPEKS_API_BASE_URL: api.url },
  });
  kioskWindow = await app.firstWindow();
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
