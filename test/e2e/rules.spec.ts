// The kiosk checks every rule itself before any call: questions and password.
import { demoAccounts } from '../../server/demo-accounts.ts';
import { expect, test } from './fixtures.ts';
import { chooseQuestions, pasteLink, requestLink, setPassword, snap } from './kiosk-steps.ts';

const account = demoAccounts.find((a) => a.status === 'pending')!;

test.beforeEach(async ({ kiosk: page, api }) => {
  await requestLink(page, account.icNumber);
  await pasteLink(page, (await api.latestEmailTo(account.email)).activationUrl);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
});

test('a question chosen twice is refused; Padam removes a row and it can be chosen again', async ({ kiosk: page }) => {
  const first = page.getByRole('combobox', { name: 'Soalan keselamatan 1' });
  const second = page.getByRole('combobox', { name: 'Soalan keselamatan 2' });
  await chooseQuestions(page);
  await second.selectOption((await first.inputValue()));
  await expect(page.getByText('Setiap soalan hanya boleh dipilih sekali.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Soalan Keselamatan' })).toBeVisible();
  await snap(page, 'ms-5-questions-duplicate');

  await page.getByRole('button', { name: 'Padam soalan 2' }).click();
  await expect(page.getByRole('combobox')).toHaveCount(2);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Soalan Keselamatan' })).toBeVisible();
  await page.getByRole('button', { name: 'Tambah soalan' }).click();
  await expect(page.getByRole('combobox')).toHaveCount(3);
  const third = page.getByRole('combobox', { name: 'Soalan keselamatan 3' });
  await third.selectOption(await third.locator('option').nth(5).getAttribute('value') as string);
  await page.getByLabel('Jawapan 3', { exact: true }).fill('Kereta kancil');
  await expect(page.getByText('Setiap soalan hanya boleh dipilih sekali.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tetapkan Kata Laluan' })).toBeVisible();
});

test('an empty answer is refused next to its field', async ({ kiosk: page }) => {
  await chooseQuestions(page, ['Comel', '   ', 'Cikgu Rosnah']);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByLabel('Jawapan 2', { exact: true })).toHaveAccessibleDescription(/wajib diisi/);
  await expect(page.getByRole('heading', { level: 1, name: 'Soalan Keselamatan' })).toBeVisible();
});

test.describe('password', () => {
  test.beforeEach(async ({ kiosk: page }) => {
    await chooseQuestions(page);
    await page.getByRole('button', { name: 'Seterusnya' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tetapkan Kata Laluan' })).toBeVisible();
  });

  test('the rules are shown before typing', async ({ kiosk: page }) => {
    for (const rule of ['Sekurang-kurangnya 12 aksara', 'Sekurang-kurangnya satu huruf kecil', 'Sekurang-kurangnya satu huruf besar', 'Sekurang-kurangnya satu nombor', 'Sekurang-kurangnya satu aksara khas']) {
      await expect(page.getByText(rule)).toBeVisible();
    }
  });

  for (const [rule, password] of [
    ['Sekurang-kurangnya 12 aksara', 'Pendek-1a'],
    ['Sekurang-kurangnya satu huruf kecil', 'SUNGAI-GOLOK-42'],
    ['Sekurang-kurangnya satu huruf besar', 'sungai-golok-42'],
    ['Sekurang-kurangnya satu nombor', 'Sungai-Golok-Tenang'],
    ['Sekurang-kurangnya satu aksara khas', 'SungaiGolok42Tenang'],
  ] as const) {
    test(`"${rule}" unmet keeps the activation from being sent`, async ({ kiosk: page, api }) => {
      await setPassword(page, password);
      await expect(page.getByRole('listitem').filter({ hasText: rule })).toContainText('Belum dipenuhi');
      await page.getByRole('button', { name: 'Selesai' }).click();
      await expect(page.getByText('Kata laluan belum memenuhi semua syarat.', { exact: false })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Tetapkan Kata Laluan' })).toBeVisible();
      const link = (await api.latestEmailTo(account.email)).activationUrl;
      expect((await fetch(link.replace('/activate?token=', '/v1/activations/'))).status).toBe(200);
    });
  }

  test('a repeat that does not match is refused', async ({ kiosk: page, api }) => {
    await setPassword(page, 'Sungai-Golok-Tenang-42', 'Sungai-Golok-Tenang-43');
    await expect(page.getByText('Kata laluan tidak sepadan.')).toBeVisible();
    await page.getByRole('button', { name: 'Selesai' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tetapkan Kata Laluan' })).toBeVisible();
    await snap(page, 'ms-6-password-mismatch');
    const link = (await api.latestEmailTo(account.email)).activationUrl;
    expect((await fetch(link.replace('/activate?token=', '/v1/activations/'))).status).toBe(200);
  });

  test('every rule met turns the whole checklist to met', async ({ kiosk: page }) => {
    await setPassword(page, 'Sungai-Golok-Tenang-42');
    await expect(page.getByRole('listitem').filter({ hasText: 'Belum dipenuhi' })).toHaveCount(0);
  });
});
