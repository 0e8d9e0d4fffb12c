// A touch screen with no physical keyboard: the whole activation with taps only (Playwright touch
// events), every character typed on the on-screen keyboard, the link pasted with its Tampal key.
// And the keyboard's manners: it steps aside for a physical keyboard, comes back when asked, never
// shows where IT turned it off, and keeps nothing of what was typed.
import type { Page } from '@playwright/test';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { linkBox, pasteLink, requestLink, snap } from './kiosk-steps.ts';

const [siti] = demoAccounts.filter((account) => account.status === 'pending');
const PASSWORD = 'Wau Bulan#2026-Kopi-Tarik';
const ANSWERS = ['Comel si kucing', 'Nasi kerabu', 'Cikgu Rosnah'];

test.use({ hasTouch: true });

const keyboard = (page: Page) => page.getByRole('group', { name: 'Papan kekunci skrin' });
const key = (page: Page, name: string) => keyboard(page).getByRole('button', { name, exact: true });

/** Types text by tapping keys, switching to capitals and symbols the way a person would. */
async function tapText(page: Page, text: string): Promise<void> {
  for (const char of text) {
    if (char === ' ') {
      await key(page, 'Jarak').tap();
    } else if (/[a-z0-9]/.test(char)) {
      await key(page, char).tap();
    } else if (/[A-Z]/.test(char)) {
      await key(page, 'Anjak').tap();
      await key(page, char).tap();
    } else {
      await key(page, 'Simbol').tap();
      await key(page, char).tap();
      await key(page, 'Huruf').tap();
    }
  }
}

test('a person at a touch kiosk activates their account with taps alone', async ({ kiosk: page, api, kioskMain }) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));

  await page.getByRole('button', { name: 'Mula', exact: true }).tap();
  const ic = page.getByRole('textbox', { name: 'No. Kad Pengenalan' });
  await expect(keyboard(page)).toHaveCount(0);
  await ic.tap();
  // The numeric pad: digits only, so a letter key is not there to press by mistake.
  await expect(keyboard(page)).toBeVisible();
  await expect(key(page, 'a')).toHaveCount(0);
  await tapText(page, `${siti!.icNumber}9`);
  await key(page, 'Undur').tap();
  await expect(ic).toHaveValue(siti!.icNumber);
  await expect(ic).toBeFocused();
  await snap(page, '2-ic-touch-keypad');
  await expectNoAxeViolations(page, 'the numeric pad');
  await page.getByRole('button', { name: 'Hantar', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Semak e-mel anda' })).toBeVisible();
  await expect(keyboard(page)).toHaveCount(0);

  // The link: a clipboard holding something else says so (and shows none of it); copied from
  // the e-mail, one tap on Tampal puts it in.
  const link = await linkBox(page, { tap: true });
  await link.tap();
  kioskMain.clipboard = 'Kata laluan lama saya';
  await key(page, 'Tampal').tap();
  await expect(keyboard(page).getByRole('status')).toHaveText('Tiada pautan untuk ditampal. Salin pautan daripada e-mel dahulu, kemudian tekan Tampal.');
  await expectNoAxeViolations(page, 'the link keyboard, nothing to paste');
  const email = await api.latestEmailTo(siti!.email);
  await expect(link).toHaveValue('');
  kioskMain.clipboard = `Pautan anda:\n  ${email.activationUrl}\nPIN sementara 4321`;
  await key(page, 'Tampal').tap();
  // Only the link, rebuilt from its token: nothing else the clipboard held reaches the page.
  await expect(link).toHaveValue(email.appUrl);
  await expect(keyboard(page).getByRole('status')).toHaveCount(0);
  await snap(page, '3-link-touch-paste');
  await page.getByRole('button', { name: 'Seterusnya' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
  await page.getByRole('button', { name: 'Seterusnya' }).tap();

  for (const [index, answer] of ANSWERS.entries()) {
    const select = page.getByRole('combobox', { name: `Soalan keselamatan ${index + 1}` });
    await select.selectOption((await select.locator('option').nth(index + 1).getAttribute('value'))!);
    const field = page.getByLabel(`Jawapan ${index + 1}`, { exact: true });
    await field.tap();
    await tapText(page, answer);
    await expect(field).toHaveValue(answer);
  }
  await snap(page, '5-questions-touch-keyboard');
  await page.getByRole('button', { name: 'Seterusnya' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'Tetapkan Kata Laluan' })).toBeVisible();
  await page.getByLabel('Kata Laluan', { exact: true }).tap();
  await tapText(page, PASSWORD);
  await key(page, 'Simbol').tap();
  await expect(key(page, '!')).toBeVisible();
  await snap(page, '6-password-touch-symbols');
  await expectNoAxeViolations(page, 'the symbols layer');
  await key(page, 'Huruf').tap();
  await page.getByLabel('Ulang Kata Laluan', { exact: true }).tap();
  await tapText(page, PASSWORD);
  await expect(page.getByLabel('Kata Laluan', { exact: true })).toHaveValue(PASSWORD);
  await expect(page.getByLabel('Ulang Kata Laluan', { exact: true })).toHaveValue(PASSWORD);
  await page.getByRole('button', { name: 'Selesai' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'Pengaktifan Akaun Berjaya' })).toBeVisible();
  await expect(page.getByText('Tahniah. Akaun anda telah berjaya diaktifkan.', { exact: false })).toBeVisible();
  await expect(keyboard(page)).toHaveCount(0);
  expect(api.activationsOf(siti!.icNumber)).toEqual({ status: 'active', activations: 1 });
  // Nothing typed stays behind in the page or reaches its console.
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
  expect(stored).toEqual({ local: 0, session: 0, cookies: '' });
  for (const secret of [siti!.icNumber, PASSWORD, ...ANSWERS, email.activationUrl]) {
    expect(logged.join('\n')).not.toContain(secret);
  }
});

test('the keyboard steps aside once a physical keyboard is used, comes back on request, and is offered to the next person', async ({ kiosk: page }) => {
  await page.getByRole('button', { name: 'Mula', exact: true }).tap();
  const ic = page.getByRole('textbox', { name: 'No. Kad Pengenalan' });
  await ic.tap();
  await expect(keyboard(page)).toBeVisible();
  await page.keyboard.type('9001');
  await expect(keyboard(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Tunjuk papan kekunci' }).tap();
  await expect(keyboard(page)).toBeVisible();
  await expect(ic).toBeFocused();
  await tapText(page, '01');
  await expect(ic).toHaveValue('900101');
  await key(page, 'Sembunyikan papan kekunci').tap();
  await expect(keyboard(page)).toHaveCount(0);
  await expect(ic).toBeFocused();

  // The next person: what the one before did with keys and Sembunyi does not carry over.
  await page.getByRole('button', { name: 'Mula semula' }).tap();
  await page.getByRole('button', { name: 'Mula', exact: true }).tap();
  await ic.tap();
  await expect(keyboard(page)).toBeVisible();
  await expect(ic).toHaveValue('');
});

/** Reaches the IC field by mouse clicks or finger taps, and finds no keyboard and no button for one. */
async function expectNoKeyboard(page: Page, press: 'click' | 'tap'): Promise<void> {
  await page.getByRole('button', { name: 'Mula', exact: true })[press]();
  await page.getByRole('textbox', { name: 'No. Kad Pengenalan' })[press]();
  await expect(page.getByRole('textbox', { name: 'No. Kad Pengenalan' })).toBeFocused();
  await expect(keyboard(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tunjuk papan kekunci' })).toHaveCount(0);
}

test('a mouse click on a desktop brings no keyboard, nor a button for one', async ({ kiosk: page }) => {
  await expectNoKeyboard(page, 'click');
});

test.describe('where IT turned it off', () => {
  test.use({ configEnv: { ISPEKS_ON_SCREEN_KEYBOARD: 'never' } });

  test('no keyboard and no button for one, even on a touch screen', async ({ kiosk: page }) => {
    await expectNoKeyboard(page, 'tap');
  });

  test("the link field's hint names only Ctrl+V, since there is no Tampal key", async ({ kiosk: page }) => {
    await page.getByRole('button', { name: 'Saya sudah menerima pautan' }).tap();
    await expect(await linkBox(page, { tap: true })).toHaveAccessibleDescription('Tekan Ctrl+V untuk menampal pautan.');
    await page.getByRole('button', { name: 'English' }).tap();
    await expect(page.getByRole('textbox', { name: 'Activation link' })).toHaveAccessibleDescription('Press Ctrl+V to paste the link.');
  });
});

test('every key stays readable while a finger holds it down', async ({ kiosk: page }) => {
  await page.getByRole('button', { name: 'Saya sudah menerima pautan' }).tap();
  await (await linkBox(page, { tap: true })).tap();
  await key(page, 'Anjak').tap();
  await expect(key(page, 'Anjak')).toHaveAttribute('aria-pressed', 'true');
  // Chromium's own :active, forced on every key at once: what a held key looks like.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.osk-key' });
  expect(nodeIds.length).toBeGreaterThan(30);
  for (const nodeId of nodeIds) await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: ['active'] });
  await expectNoAxeViolations(page, 'the link keyboard, every key held');
});

test("the link field's hint points a touch user to the keyboard's Tampal key, and a mouse user to Ctrl+V", async ({ kiosk: page }) => {
  await page.getByRole('button', { name: 'Saya sudah menerima pautan' }).tap();
  const field = await linkBox(page, { tap: true });
  await expect(field).toHaveAccessibleDescription('Tekan Ctrl+V, atau Tampal pada papan kekunci skrin, untuk menampal pautan.');
  await field.click();
  await expect(field).toHaveAccessibleDescription('Tekan Ctrl+V untuk menampal pautan.');
});

test.describe('on a touch-only kiosk', () => {
  test.use({ configEnv: { ISPEKS_ON_SCREEN_KEYBOARD: 'always' } });

  test('the docked keyboard never hides the control that has focus (WCAG 2.4.11)', async ({ kiosk: page, api }) => {
    await requestLink(page, siti!.icNumber);
    await pasteLink(page, (await api.latestEmailTo(siti!.email)).activationUrl);
    await page.getByRole('button', { name: 'Seterusnya' }).click();
    await page.getByLabel('Jawapan 1', { exact: true }).tap();
    await expect(keyboard(page)).toBeVisible();
    let checked = 0;
    const overlap = () =>
      page.evaluate(() => {
        const keys = document.querySelector('.osk');
        const focused = document.activeElement;
        if (!keys || !focused || focused === document.body || keys.contains(focused)) return null;
        const box = focused.getBoundingClientRect();
        return { name: focused.outerHTML.slice(0, 60), hidden: Math.max(0, box.bottom - keys.getBoundingClientRect().top), offTop: box.top < 0 };
      });
    for (let stop = 0; stop < 16; stop++) {
      await page.keyboard.press('Tab');
      // Settled within a moment: the keyboard may come back for a field after a select (which has
      // none), and then scrolls the field above itself.
      if ((await overlap()) === null) continue;
      checked += 1;
      await expect.poll(overlap, { timeout: 1000 }).toMatchObject({ hidden: 0, offTop: false });
    }
    expect(checked).toBeGreaterThan(3);
  });

  test('the keyboard stays even after a key press, in English too', async ({ kiosk: page }) => {
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByRole('button', { name: 'Start', exact: true }).tap();
    await page.getByRole('textbox', { name: 'IC number' }).tap();
    await page.keyboard.type('8704');
    const english = page.getByRole('group', { name: 'On-screen keyboard' });
    await expect(english).toBeVisible();
    await expect(english.getByRole('button', { name: 'Backspace' })).toBeVisible();
    await expect(english.getByRole('button', { name: 'Hide keyboard' })).toBeVisible();
    await snap(page, 'en-2-ic-touch-keypad-always');
    await expectNoAxeViolations(page, 'the numeric pad in English');
    await page.getByRole('button', { name: 'Back', exact: true }).tap();
    await page.getByRole('button', { name: 'I already have the link' }).tap();
    await (await linkBox(page, { tap: true })).tap();
    await english.getByRole('button', { name: 'Paste' }).tap();
    await expect(english.getByRole('status')).toHaveText('There is no link to paste. Copy the link from the e-mail first, then press Paste.');
    await english.getByRole('button', { name: 'Symbols' }).tap();
    await expectNoAxeViolations(page, 'the link keyboard in English, symbols, nothing to paste');
  });
});
