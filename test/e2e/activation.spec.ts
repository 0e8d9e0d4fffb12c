// The whole activation, end to end: built renderer in Chromium, real handlers, real reference API.
import { demoAccounts } from '../../server/demo-accounts.ts';
import { expect, test } from './fixtures.ts';
import { chooseQuestions, linkBox, pasteLink, requestLink, setPassword, snap } from './kiosk-steps.ts';

const [siti, nikAin, tan, kavitha] = demoAccounts.filter((account) => account.status === 'pending');
const STRONG_PASSWORD = 'Sungai-Golok-Tenang-42';

test('a person activates their account by pasting the link from the e-mail', async ({ kiosk: page, api, kioskMain }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaktifan Akaun iSPEKS' })).toBeVisible();
  await expect(page.getByText('DEMO')).toBeVisible();
  await snap(page, 'ms-1-start');

  await page.getByRole('button', { name: 'Mula', exact: true }).click();
  await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).fill('900101-03-567');
  await page.getByRole('button', { name: 'Hantar', exact: true }).click();
  await expect(page.getByText('No. Kad Pengenalan mestilah 12 digit.')).toBeVisible();
  await snap(page, 'ms-2-ic-error');

  await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).fill(siti!.icNumber.replace(/^(\d{6})(\d{2})/, '$1-$2-'));
  await page.getByRole('button', { name: 'Hantar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semak e-mel anda' })).toBeVisible();
  await expect(page.getByText(`******-**-${siti!.icNumber.slice(-4)}`)).toBeVisible();
  await expect(page.getByText('Pautan ini sah selama 30 minit sahaja.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hantar semula' })).toBeDisabled();
  await expect(page.getByText(siti!.icNumber)).toHaveCount(0);
  await snap(page, 'ms-3-link');

  const email = await api.latestEmailTo(siti!.email);
  await pasteLink(page, `\n  ${email.activationUrl}  \n`);
  await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
  await expect(page.getByText(siti!.name)).toBeVisible();
  await expect(page.getByText(siti!.email)).toBeVisible();
  await expect(page.getByText(`******-**-${siti!.icNumber.slice(-4)}`)).toBeVisible();
  // The guide's label, and the date as Malaysians write it (the account was registered on 1 September 2025).
  await expect(page.getByRole('definition').filter({ has: page.locator('xpath=preceding-sibling::dt[.="Tarikh Pendaftaran"]') })).toHaveText('1 September 2025');
  await expect(page.getByText(siti!.icNumber)).toHaveCount(0);
  await snap(page, 'ms-4-profile');
  await page.getByRole('button', { name: 'Seterusnya' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Soalan Keselamatan' })).toBeVisible();
  await chooseQuestions(page);
  await snap(page, 'ms-5-questions');
  await page.getByRole('button', { name: 'Seterusnya' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tetapkan Kata Laluan' })).toBeVisible();
  await expect(page.getByLabel('Kata Laluan', { exact: true })).toHaveAttribute('type', 'password');
  await setPassword(page, STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Tunjuk Kata Laluan' }).click();
  await expect(page.getByLabel('Kata Laluan', { exact: true })).toHaveAttribute('type', 'text');
  await expect(page.getByRole('button', { name: 'Sembunyikan Kata Laluan' })).toBeVisible();
  await snap(page, 'ms-6-password');
  await page.getByRole('button', { name: 'Selesai' }).click();

  await expect(page.getByText('Tahniah. Akaun anda telah berjaya diaktifkan. Anda boleh log masuk ke sistem.')).toBeVisible();
  await snap(page, 'ms-7-done');
  await page.getByRole('button', { name: 'Log Masuk' }).click();
  expect(kioskMain.openedExternally).toEqual([`${api.url}/login`]);
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaktifan Akaun iSPEKS' })).toBeVisible();

  // The server really activated the account: the link is now spent.
  const reopened = await fetch(email.activationUrl.replace('/activate?token=', '/v1/activations/'));
  expect(reopened.status).toBe(410);
});

test('the same flow reads in English, and switching language mid-flow keeps what was typed', async ({ kiosk: page, api }) => {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'iSPEKS Account Activation' })).toBeVisible();
  await snap(page, 'en-1-start');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('textbox', { name: 'IC number' }).fill('');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'required' })).toBeVisible();
  await snap(page, 'en-2-ic-error');
  await page.getByRole('textbox', { name: 'IC number' }).fill(nikAin!.icNumber);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeVisible();
  await snap(page, 'en-3-link');

  const email = await api.latestEmailTo(nikAin!.email);
  await (await linkBox(page)).fill(email.appUrl);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your details' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ has: page.locator('xpath=preceding-sibling::dt[.="Registration date"]') })).toHaveText('15 September 2025');
  await snap(page, 'en-4-profile');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('button', { name: 'Bahasa Melayu' }).click();
  await chooseQuestions(page, ['Si Tompok', 'Laksam', 'Cikgu Azman']);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Security questions' })).toBeVisible();
  await expect(page.getByLabel('Answer 1', { exact: true })).toHaveValue('Si Tompok');
  await expect(page.getByLabel('Answer 3', { exact: true })).toHaveValue('Cikgu Azman');
  await expect(page.getByRole('combobox', { name: 'Security question 2' })).not.toHaveValue('');
  await snap(page, 'en-5-questions');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByLabel('Confirm password', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Bahasa Melayu' }).click();
  await expect(page.getByLabel('Kata Laluan', { exact: true })).toHaveValue(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'English' }).click();
  await snap(page, 'en-6-password');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('Congratulations', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await snap(page, 'en-7-done');
});

test('an expired link says so, and a new link can be requested after the wait', async ({ kiosk: page, api }) => {
  await page.clock.install();
  await requestLink(page, tan!.icNumber);
  const expired = await api.latestEmailTo(tan!.email);
  await api.advance(31 * 60);

  await pasteLink(page, expired.activationUrl);
  await expect(page.getByRole('alert')).toContainText('Pautan telah tamat tempoh.');
  await snap(page, 'ms-3-link-expired');

  await expect(page.getByRole('button', { name: 'Hantar semula' })).toBeDisabled();
  await page.clock.fastForward(61_000);
  await page.getByRole('button', { name: 'Hantar semula' }).click();
  await expect.poll(async () => (await api.outbox()).filter((m) => m.to === expired.to).length).toBe(2);
  const fresh = await api.latestEmailTo(tan!.email);
  expect(fresh.activationUrl).not.toBe(expired.activationUrl);

  await pasteLink(page, fresh.activationUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
});

test('a link that was already used is refused with a way to ask for a new one', async ({ kiosk: page, api }) => {
  await requestLink(page, kavitha!.icNumber);
  const email = await api.latestEmailTo(kavitha!.email);
  await pasteLink(page, email.activationUrl);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await chooseQuestions(page);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await setPassword(page, STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Selesai' }).click();
  await expect(page.getByText('Tahniah.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Mula semula' }).click();
  await page.getByRole('button', { name: 'Saya sudah menerima pautan' }).click();
  await pasteLink(page, email.activationUrl);
  await expect(page.getByRole('alert')).toContainText('Pautan tidak sah atau telah digunakan.');
  await snap(page, 'ms-3-link-used');
  await page.getByRole('button', { name: 'Mohon pautan baharu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Masukkan No. Kad Pengenalan anda' })).toBeVisible();
});

test('text that is not an activation link gets a clear message', async ({ kiosk: page }) => {
  await page.getByRole('button', { name: 'Saya sudah menerima pautan' }).click();
  await pasteLink(page, 'Salam, sila klik pautan dalam e-mel');
  await expect(page.getByText('Ini bukan pautan pengaktifan.', { exact: false })).toBeVisible();
  await pasteLink(page, 'https://phish.example/activate?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(page.getByText('Pautan ini bukan daripada sistem iSPEKS.', { exact: false })).toBeVisible();
  await snap(page, 'ms-3-link-not-ispeks');
});
