// Every screen, in both languages, at the kiosk's three screen sizes: nothing sticks out sideways
// (no horizontal scrolling on a touch screen) and every control is at least 44×44 CSS px.
import type { Page } from '@playwright/test';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { expect, test } from './fixtures.ts';
import { chooseQuestions, linkBox, pasteLink, requestLink, SCREEN_SIZES, setPassword } from './kiosk-steps.ts';

const pending = demoAccounts.filter((account) => account.status === 'pending');
const MIN_TARGET = 44;

interface LayoutProblems {
  /** How far the page scrolls sideways, in CSS px. */
  scrollsSideways: number;
  overflowing: string[];
  smallTargets: string[];
}

async function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate((minTarget) => {
    const describe = (element: Element, box: DOMRect) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)} right ${Math.round(box.right + window.scrollX)}`;
    const shown = [...document.body.querySelectorAll('*')].filter((element) => element.checkVisibility({ visibilityProperty: true }));
    // Measured from the page's left edge (a click may have scrolled it); half a pixel of rounding is not an overflow.
    const overflowing = shown
      .map((element) => [element, element.getBoundingClientRect()] as const)
      .filter(([, box]) => box.width > 0 && box.right + window.scrollX > window.innerWidth + 0.5)
      .map(([element, box]) => describe(element, box));
    const smallTargets = shown
      .filter((element) => element.matches('button, input, select, textarea, a[href]'))
      .map((element) => [element, element.getBoundingClientRect()] as const)
      .filter(([, box]) => box.width < minTarget || box.height < minTarget)
      .map(([element, box]) => describe(element, box));
    return { scrollsSideways: document.scrollingElement!.scrollWidth - window.innerWidth, overflowing, smallTargets };
  }, MIN_TARGET);
}

async function checkLayoutInBothLanguages(page: Page, screen: string): Promise<void> {
  for (const [language, button] of [
    ['ms', 'Bahasa Melayu'],
    ['en', 'English'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    expect(await layoutProblems(page), `${screen} (${language})`).toEqual({ scrollsSideways: 0, overflowing: [], smallTargets: [] });
  }
  await page.getByRole('button', { name: 'Bahasa Melayu' }).click();
}

for (const [index, viewport] of SCREEN_SIZES.entries()) {
  const account = pending[index]!;
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('no screen overflows sideways and every control is at least 44×44 px, in both languages', async ({ kiosk: page, api }) => {
      const checkBothLanguages = (screen: string) => checkLayoutInBothLanguages(page, screen);

      await checkBothLanguages('start');
      await page.getByRole('button', { name: 'Mula', exact: true }).click();
      await expect(page.getByRole('textbox', { name: 'No. Kad Pengenalan' })).toBeVisible();
      await checkBothLanguages('IC number');
      await page.getByRole('button', { name: 'Kembali' }).click();

      await requestLink(page, account.icNumber);
      await checkBothLanguages('link');
      await pasteLink(page, (await api.latestEmailTo(account.email)).activationUrl);
      await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
      await checkBothLanguages('profile');
      await page.getByRole('button', { name: 'Seterusnya' }).click();
      await chooseQuestions(page);
      await checkBothLanguages('questions');
      await page.getByRole('button', { name: 'Seterusnya' }).click();
      await setPassword(page, 'Sungai-Golok-Tenang-42');
      await checkBothLanguages('password');
      await page.getByRole('button', { name: 'Selesai' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Pengaktifan Akaun Berjaya' })).toBeVisible();
      await checkBothLanguages('done');
    });

    test.describe('with the on-screen keyboard up', () => {
      test.use({ configEnv: { ISPEKS_ON_SCREEN_KEYBOARD: 'always' } });

      test('every layer fits without sideways scrolling, keys at least 44×44 px, in both languages', async ({ kiosk: page }) => {
        const keys = page.getByRole('group', { name: 'Papan kekunci skrin' });
        await page.getByRole('button', { name: 'Mula', exact: true }).click();
        await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).click();
        await expect(keys).toBeVisible();
        await checkLayoutInBothLanguages(page, 'IC number, numeric pad');
        await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).fill(account.icNumber);
        await page.getByRole('button', { name: 'Hantar', exact: true }).click();
        await (await linkBox(page)).click();
        await expect(keys.getByRole('button', { name: 'Tampal' })).toBeVisible();
        await checkLayoutInBothLanguages(page, 'link, keyboard with Tampal');
        await keys.getByRole('button', { name: 'Simbol' }).click();
        await checkLayoutInBothLanguages(page, 'link, symbols layer');
        await keys.getByRole('button', { name: 'Huruf' }).click();
        await keys.getByRole('button', { name: 'Anjak' }).click();
        await checkLayoutInBothLanguages(page, 'link, capitals');
      });
    });
  });
}

// 200 % zoom on the 1366×768 screen: Chromium then lays the page out in 683×384 CSS px.
test.describe('at 200 % zoom (683×384 CSS px)', () => {
  test.use({ viewport: { width: 683, height: 384 } });

  test('nothing is lost: no screen overflows sideways, every control stays at least 44×44 px', async ({ kiosk: page, api }) => {
    const account = pending[0]!;
    await checkLayoutInBothLanguages(page, 'start');
    await requestLink(page, account.icNumber);
    await checkLayoutInBothLanguages(page, 'link');
    await pasteLink(page, (await api.latestEmailTo(account.email)).activationUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
    await checkLayoutInBothLanguages(page, 'profile');
    await page.getByRole('button', { name: 'Seterusnya' }).click();
    await chooseQuestions(page);
    await checkLayoutInBothLanguages(page, 'questions');
    await page.getByRole('button', { name: 'Seterusnya' }).click();
    await setPassword(page, 'Sungai-Golok-Tenang-42');
    await checkLayoutInBothLanguages(page, 'password');
    await page.getByRole('button', { name: 'Selesai' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pengaktifan Akaun Berjaya' })).toBeVisible();
    await checkLayoutInBothLanguages(page, 'done');
  });
});

test('the busy spinner turns when motion is welcome and stands still for prefers-reduced-motion', async ({ kiosk: page, api }) => {
  const spinning = () => page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length);
  for (const [motion, expected] of [['no-preference', 1], ['reduce', 0]] as const) {
    await page.emulateMedia({ reducedMotion: motion });
    await page.reload();
    await api.armFault({ calls: 'request', kind: 'late', count: 1, delayMs: 1500 });
    await page.getByRole('button', { name: 'Mula', exact: true }).click();
    await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).fill(pending[motion === 'reduce' ? 1 : 2]!.icNumber);
    await page.getByRole('button', { name: 'Hantar', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Sila tunggu…' })).toBeVisible();
    expect(await spinning(), motion).toBe(expected);
    await expect(page.getByRole('heading', { level: 1, name: 'Semak e-mel anda' })).toBeVisible();
  }
});
