// Typing the e-mail's short code, end to end against the reference API: the code read the forgiving
// way, every refusal in its own words, and the paths by keyboard alone and by touch alone.
import type { Page } from '@playwright/test';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { expect, test } from './fixtures.ts';
import type { ReferenceApi } from './fixtures.ts';
import { requestLink, snap } from './kiosk-steps.ts';

const [siti, nikAin, tan, kavitha, wan] = demoAccounts.filter((account) => account.status === 'pending');

const codeField = (page: Page) => page.getByRole('textbox', { name: 'Kod pengaktifan' });

async function chooseCode(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Taip kod pengaktifan/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Taip kod pengaktifan' })).toBeFocused();
}

async function typeCode(page: Page, code: string): Promise<void> {
  await codeField(page).fill(code);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
}

/** The code as someone copying it off a phone might type it: small letters, O for 0, l for 1, a space. */
const typedSloppily = (code: string) => `${code.slice(0, 4)} - ${code.slice(4)}`.toLowerCase().replaceAll('0', 'O').replaceAll('1', 'l');

/** Completes the activation straight at the API, as if it had been done elsewhere with the link. */
async function activateElsewhere(api: ReferenceApi, activationUrl: string): Promise<void> {
  const token = new URL(activationUrl).searchParams.get('token')!;
  const details = (await (await fetch(`${api.url}/v1/activations/${token}`)).json()) as { securityQuestions: { id: string }[] };
  const response = await fetch(`${api.url}/v1/activations/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      securityAnswers: details.securityQuestions.slice(0, 3).map((question, index) => ({ questionId: question.id, answer: ['kucing oren', 'nasi kerabu', 'pak mat'][index] })),
      password: 'Sungai-Golok-Tenang-42',
    }),
  });
  expect(response.status).toBe(200);
}

test('a person types the short code from the e-mail on their phone and sees their profile', async ({ kiosk: page, api }) => {
  await requestLink(page, siti!.icNumber);
  const { code } = await api.latestEmailTo(siti!.email);
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await chooseCode(page);
  // The IC number of step 1 is used, shown masked; it is not asked again.
  await expect(page.getByText(`******-**-${siti!.icNumber.slice(-4)}`).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'No. Kad Pengenalan' })).toHaveCount(0);
  await snap(page, 'ms-3-link-code');
  await typeCode(page, typedSloppily(code!));
  await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
  await expect(page.getByText(siti!.name)).toBeVisible();
});

test('a person who came with "Saya sudah menerima pautan" types their IC number beside the code', async ({ kiosk: page, api }) => {
  await requestLink(page, nikAin!.icNumber);
  const { code } = await api.latestEmailTo(nikAin!.email);
  await page.getByRole('button', { name: 'Mula semula' }).click();
  await page.getByRole('button', { name: 'Saya sudah menerima pautan' }).click();
  await chooseCode(page);
  await typeCode(page, code!);
  await expect(page.getByText('Ruangan ini wajib diisi.')).toBeVisible();
  await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).fill(`${nikAin!.icNumber.slice(0, 6)}-${nikAin!.icNumber.slice(6, 8)}-${nikAin!.icNumber.slice(8)}`);
  await snap(page, 'ms-3-link-code-with-ic');
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
});

test('a code that cannot be one says what is wrong with it', async ({ kiosk: page }) => {
  await requestLink(page, tan!.icNumber);
  await chooseCode(page);
  await typeCode(page, '7K3M-9QX');
  await expect(page.getByText('Kod pengaktifan mempunyai 8 aksara.')).toBeVisible();
  await expect(codeField(page)).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'ms-3-link-code-too-short');
  await typeCode(page, '7K3M-9QXU');
  await expect(page.getByText('Kod pengaktifan hanya mengandungi huruf dan nombor')).toBeVisible();
});

test('five wrong codes stop the code, while the e-mail\'s link still opens the activation', async ({ kiosk: page, api }) => {
  await requestLink(page, kavitha!.icNumber);
  const { code, activationUrl } = await api.latestEmailTo(kavitha!.email);
  const wrong = code!.startsWith('2') ? '3333-3333' : '2222-2222';
  await chooseCode(page);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await typeCode(page, wrong);
    await expect(page.getByRole('alert')).toContainText('Kod ini tidak sepadan dengan No. Kad Pengenalan anda.');
  }
  await snap(page, 'ms-3-link-code-wrong');
  await typeCode(page, code!);
  await expect(page.getByRole('alert')).toContainText('Terlalu banyak cubaan.');
  await snap(page, 'ms-3-link-code-locked');
  await page.getByRole('button', { name: 'Pilih cara lain' }).click();
  await page.getByRole('button', { name: /^Tampal pautan/ }).click();
  await page.getByRole('textbox', { name: 'Pautan pengaktifan' }).fill(activationUrl);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
});

test('another person\'s code, an expired code and a used code each say so', async ({ kiosk: page, api }) => {
  await requestLink(page, wan!.icNumber);
  const mine = await api.latestEmailTo(wan!.email);
  await page.getByRole('button', { name: 'Mula semula' }).click();
  await requestLink(page, siti!.icNumber);
  const sitis = await api.latestEmailTo(siti!.email);

  // Siti's IC number with Wan's code: the same answer as a wrong code, nothing about whose it is.
  await chooseCode(page);
  await typeCode(page, mine.code!);
  await expect(page.getByRole('alert')).toContainText('Kod ini tidak sepadan dengan No. Kad Pengenalan anda.');

  await activateElsewhere(api, sitis.activationUrl);
  await typeCode(page, sitis.code!);
  await expect(page.getByRole('alert')).toContainText('Kod ini telah digunakan.');
  await expect(page.getByRole('button', { name: 'Mohon pautan baharu' })).toBeVisible();
  await snap(page, 'ms-3-link-code-used');

  await page.getByRole('button', { name: 'Mula semula' }).click();
  await requestLink(page, nikAin!.icNumber);
  const fresh = await api.latestEmailTo(nikAin!.email);
  await api.advance(31 * 60);
  await chooseCode(page);
  await typeCode(page, fresh.code!);
  await expect(page.getByRole('alert')).toContainText('Kod ini telah tamat tempoh.');
});

test('by keyboard alone: the ways, the code and Seterusnya are reached with Tab and Enter', async ({ kiosk: page, api }) => {
  await requestLink(page, tan!.icNumber);
  const { code } = await api.latestEmailTo(tan!.email);
  const way = page.getByRole('button', { name: /^Taip kod pengaktifan/ });
  for (let presses = 0; presses < 20 && !(await way.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(way).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Taip kod pengaktifan' })).toBeFocused();
  for (let presses = 0; presses < 10 && !(await codeField(page).evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(codeField(page)).toBeFocused();
  await page.keyboard.type(code!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('by touch alone: the code keyboard has big capitals and digits and nothing else, and types the code', async ({ kiosk: page, api }) => {
    await page.getByRole('button', { name: 'Mula', exact: true }).tap();
    await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).tap();
    const keyboard = page.getByRole('group', { name: 'Papan kekunci skrin' });
    for (const digit of kavitha!.icNumber) await keyboard.getByRole('button', { name: digit, exact: true }).tap();
    await page.getByRole('button', { name: 'Hantar', exact: true }).tap();
    const { code } = await api.latestEmailTo(kavitha!.email);
    await page.getByRole('button', { name: /^Taip kod pengaktifan/ }).tap();
    await codeField(page).tap();
    await expect(keyboard).toBeVisible();
    await expect(keyboard.getByRole('button', { name: 'Simbol', exact: true })).toHaveCount(0);
    await expect(keyboard.getByRole('button', { name: 'O', exact: true })).toHaveCount(0);
    await snap(page, 'ms-3-link-code-touch');
    for (const character of code!.replace('-', '')) await keyboard.getByRole('button', { name: character, exact: true }).tap();
    await expect(codeField(page)).toHaveValue(code!.replace('-', ''));
    await page.getByRole('button', { name: 'Seterusnya' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
  });
});

test('Ctrl+V before choosing a way puts the copied link in the paste box', async ({ kiosk: page, api }) => {
  await requestLink(page, siti!.icNumber);
  const { activationUrl } = await api.latestEmailTo(siti!.email);
  await expect(page.getByRole('button', { name: /^Tampal pautan/ })).toBeVisible();
  // What Chromium fires for Ctrl+V with nothing focused: a paste event on the document.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, `Pautan: ${activationUrl}`);
  await expect(page.getByRole('textbox', { name: 'Pautan pengaktifan' })).toHaveValue(`Pautan: ${activationUrl}`);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
});
