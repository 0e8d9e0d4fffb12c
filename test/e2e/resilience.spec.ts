// A bad network and a bad server, end to end in Chromium: the built renderer, the real handlers and
// client (retries included), the reference API with faults armed over POST /dev/faults.
import { demoAccounts } from '../../server/demo-accounts.ts';
import { expect, test } from './fixtures.ts';
import { setPassword, snap, startUpChecked, toPasswordStep } from './kiosk-steps.ts';

const [siti, nikAin, tan, kavitha] = demoAccounts.filter((account) => account.status === 'pending');
const PASSWORD = 'Sungai-Golok-Tenang-42';

test('Selesai through a gateway failing beyond the retries: the message, Cuba semula, activated once, nothing typed again', async ({ kiosk: page, api }) => {
  await toPasswordStep(page, async () => (await api.latestEmailTo(siti!.email)).activationUrl, siti!.icNumber);
  await setPassword(page, PASSWORD);
  // Four 502s: the first attempt and the client's three retries.
  await api.armFault({ calls: 'complete', kind: 'http-502', count: 4 });
  await page.getByRole('button', { name: 'Selesai' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sila tunggu…' })).toBeVisible();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sistem mengalami masalah dan tidak dapat memproses permintaan anda.');
  expect((await api.callsSeen()).complete).toBe(4);
  expect(api.activationsOf(siti!.icNumber)).toEqual({ status: 'pending', activations: 0 });
  // Everything typed is still there: the answers behind Kembali, the password here.
  await expect(page.getByLabel('Kata Laluan', { exact: true })).toHaveValue(PASSWORD);
  await expect(page.getByLabel('Ulang Kata Laluan', { exact: true })).toHaveValue(PASSWORD);
  await snap(page, 'ms-6-password-failed');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(alert).toContainText('The system ran into a problem and could not process your request.');
  await snap(page, 'en-6-password-failed');
  await page.getByRole('button', { name: 'Bahasa Melayu' }).click();

  await alert.getByRole('button', { name: 'Cuba semula' }).click();
  await expect(page.getByText('Tahniah. Akaun anda telah berjaya diaktifkan. Anda boleh log masuk ke sistem.')).toBeVisible();
  expect(api.activationsOf(siti!.icNumber)).toEqual({ status: 'active', activations: 1 });
});

test('an answer lost after the service activated: the retry with the same key is answered, not activated again', async ({ kiosk: page, api }) => {
  await toPasswordStep(page, async () => (await api.latestEmailTo(nikAin!.email)).activationUrl, nikAin!.icNumber);
  await setPassword(page, PASSWORD);
  await api.armFault({ calls: 'complete', kind: 'reset', phase: 'after', count: 4 });
  await page.getByRole('button', { name: 'Selesai' }).click();
  await expect(page.getByRole('alert')).toContainText('Ralat rangkaian.');
  // The service acted on the first attempt; the kiosk could not hear it.
  expect(api.activationsOf(nikAin!.icNumber)).toEqual({ status: 'active', activations: 1 });
  await page.getByRole('alert').getByRole('button', { name: 'Cuba semula' }).click();
  await expect(page.getByText('Tahniah. Akaun anda telah berjaya diaktifkan. Anda boleh log masuk ke sistem.')).toBeVisible();
  expect(api.activationsOf(nikAin!.icNumber)).toEqual({ status: 'active', activations: 1 });
});

test('Selesai pressed twice while the service is slow completes once', async ({ kiosk: page, api }) => {
  await toPasswordStep(page, async () => (await api.latestEmailTo(tan!.email)).activationUrl, tan!.icNumber);
  await setPassword(page, PASSWORD);
  await api.armFault({ calls: 'complete', kind: 'late', count: 1, delayMs: 1500 });
  const selesai = page.getByRole('button', { name: 'Selesai' });
  // Three presses in a row, faster than the answer (a busy button is only aria-disabled, so it can still be pressed).
  await selesai.click({ clickCount: 3 });
  await expect(page.getByText('Tahniah. Akaun anda telah berjaya diaktifkan. Anda boleh log masuk ke sistem.')).toBeVisible();
  expect((await api.callsSeen()).complete).toBe(1);
  expect(api.activationsOf(tan!.icNumber)).toEqual({ status: 'active', activations: 1 });
});

test('a service asking for a long pause: the wait counts down, then Cuba semula goes through', async ({ kiosk: page, api }) => {
  await page.clock.install();
  await toPasswordStep(page, async () => (await api.latestEmailTo(kavitha!.email)).activationUrl, kavitha!.icNumber);
  await setPassword(page, PASSWORD);
  // Longer than the client waits by itself (10 s): shown to the person instead.
  await api.armFault({ calls: 'complete', kind: 'http-503', count: 1, retryAfterSeconds: 40 });
  await page.getByRole('button', { name: 'Selesai' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sistem sedang sibuk atau diselenggara. Sila tunggu 40 saat, kemudian cuba semula.');
  await expect(alert).toContainText('Anda boleh cuba semula dalam 40 saat.');
  const retry = alert.getByRole('button', { name: 'Cuba semula' });
  await expect(retry).toBeDisabled();
  // Selesai does nothing while the service asked for the pause.
  await page.getByRole('button', { name: 'Selesai' }).click();
  expect((await api.callsSeen()).complete).toBe(1);
  await page.clock.fastForward(30_000);
  await expect(alert).toContainText('Anda boleh cuba semula dalam 10 saat.');
  await page.clock.fastForward(10_000);
  await expect(retry).toBeEnabled();
  await retry.click();
  await expect(page.getByText('Tahniah. Akaun anda telah berjaya diaktifkan. Anda boleh log masuk ke sistem.')).toBeVisible();
  expect(api.activationsOf(kavitha!.icNumber)).toEqual({ status: 'active', activations: 1 });
});

test('the start screen says when the service cannot be reached, and clears by itself when it can', async ({ kiosk: page, api }) => {
  await startUpChecked(api);
  await api.armFault({ calls: 'health', kind: 'reset', count: 3 });
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'Kios tidak dapat menghubungi sistem iSPEKS buat masa ini.' });
  await expect(notice).toBeVisible();
  await snap(page, 'ms-1-start-offline');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('The kiosk cannot reach the iSPEKS system at the moment.')).toBeVisible();
  await snap(page, 'en-1-start-offline');
  // Looked at again after 2, 4 and 8 s: the fourth look finds the service.
  await expect(page.getByText('The kiosk cannot reach the iSPEKS system at the moment.')).toBeHidden({ timeout: 25_000 });
  expect((await api.callsSeen()).health).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
});
