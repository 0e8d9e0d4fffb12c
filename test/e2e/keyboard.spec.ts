// The whole activation with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; text typed
// into whatever has focus): every control reached shows a focus ring, and each new step puts
// focus on its heading so a screen reader starts reading there.
import type { Locator, Page } from '@playwright/test';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { expect, test } from './fixtures.ts';

const [siti] = demoAccounts.filter((account) => account.status === 'pending');
const PASSWORD = 'Sungai-Golok-Tenang-42';

/**
 * Fails unless the focused element draws an outline or a box shadow (the ring a sighted keyboard
 * user follows), and unless an outline ring is left whole by every ancestor that clips its overflow.
 */
async function expectFocusRing(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return { element: 'nothing', drawn: false, clippedBy: null };
    const style = getComputedStyle(focused);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const reach = outlined ? parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset) : 0;
    const box = focused.getBoundingClientRect();
    let clippedBy: string | null = null;
    for (let ancestor = focused.parentElement; ancestor && ancestor !== document.body && clippedBy === null; ancestor = ancestor.parentElement) {
      const clip = getComputedStyle(ancestor);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
      const bounds = ancestor.getBoundingClientRect();
      const cut = box.left - reach < bounds.left || box.top - reach < bounds.top || box.right + reach > bounds.right || box.bottom + reach > bounds.bottom;
      if (cut) clippedBy = `${ancestor.tagName.toLowerCase()}.${ancestor.className}`;
    }
    return { element: focused.outerHTML.slice(0, 80), drawn: outlined || style.boxShadow !== 'none', clippedBy };
  });
  expect(ring.drawn, `no focus ring on ${ring.element}`).toBe(true);
  expect(ring.clippedBy, `the focus ring on ${ring.element} is clipped by`).toBeNull();
}

/** Presses Tab (or Shift+Tab) until the target has focus, checking the ring at every stop on the way. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let stop = 0; stop < 25; stop++) {
    await page.keyboard.press(key);
    await expectFocusRing(page);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

async function expectStepHeadingFocused(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
}

test('a person activates their account with the keyboard alone, always seeing where focus is', async ({ kiosk: page, api, kioskMain }) => {
  await expectStepHeadingFocused(page, 'Pengaktifan Akaun iSPEKS');
  // Back to the header to switch language and back again: Shift+Tab, Space, then Enter.
  await tabTo(page, page.getByRole('button', { name: 'English' }), 'Shift+Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await tabTo(page, page.getByRole('button', { name: 'Bahasa Melayu' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');

  await tabTo(page, page.getByRole('button', { name: 'Mula', exact: true }));
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Masukkan No. Kad Pengenalan anda');
  await tabTo(page, page.getByRole('textbox', { name: 'No. Kad Pengenalan' }));
  await page.keyboard.type(siti!.icNumber);
  await page.keyboard.press('Enter');

  await expectStepHeadingFocused(page, 'Semak e-mel anda');
  // The ways in are buttons: Enter on the paste takes focus to its heading, the box is a Tab away.
  await tabTo(page, page.getByRole('button', { name: /^Tampal pautan/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Tampal pautan' })).toBeFocused();
  await tabTo(page, page.getByRole('textbox', { name: 'Pautan pengaktifan' }));
  await page.keyboard.type((await api.latestEmailTo(siti!.email)).activationUrl);
  await page.keyboard.press('Enter');

  await expectStepHeadingFocused(page, 'Semak maklumat anda');
  await tabTo(page, page.getByRole('button', { name: 'Seterusnya' }));
  await page.keyboard.press('Space');

  await expectStepHeadingFocused(page, 'Soalan Keselamatan');
  for (const [index, answer] of ['Comel si kucing', 'Nasi kerabu', 'Cikgu Rosnah'].entries()) {
    const question = page.getByRole('combobox', { name: `Soalan keselamatan ${index + 1}` });
    await tabTo(page, question);
    // A closed select steps through its options with the arrow keys: the (index + 1)-th question.
    for (let press = 0; press <= index; press++) await page.keyboard.press('ArrowDown');
    await expect(question).toHaveValue((await question.locator('option').nth(index + 1).getAttribute('value'))!);
    await tabTo(page, page.getByLabel(`Jawapan ${index + 1}`, { exact: true }));
    await page.keyboard.type(answer);
  }
  await tabTo(page, page.getByRole('button', { name: 'Seterusnya' }));
  await page.keyboard.press('Enter');

  await expectStepHeadingFocused(page, 'Tetapkan Kata Laluan');
  const password = page.getByLabel('Kata Laluan', { exact: true });
  await tabTo(page, password);
  await page.keyboard.type(PASSWORD);
  await tabTo(page, page.getByLabel('Ulang Kata Laluan', { exact: true }));
  await page.keyboard.type(PASSWORD);
  await tabTo(page, page.getByRole('button', { name: 'Tunjuk Kata Laluan' }));
  await page.keyboard.press('Space');
  await expect(password).toHaveAttribute('type', 'text');
  await tabTo(page, page.getByRole('button', { name: 'Selesai' }));
  await page.keyboard.press('Enter');

  await expectStepHeadingFocused(page, 'Pengaktifan Akaun Berjaya');
  await tabTo(page, page.getByRole('button', { name: 'Log Masuk' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => kioskMain.openedExternally).toEqual([`${api.url}/login`]);
  expect(api.activationsOf(siti!.icNumber)).toEqual({ status: 'active', activations: 1 });
});
