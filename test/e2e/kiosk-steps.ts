// The steps a person takes at the kiosk, by what they see on screen (Malay first).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expect } from './fixtures.ts';
import type { ReferenceApi } from './fixtures.ts';

/**
 * Waits until the loaded page's start-up look at the service has reached the server. The kiosk
 * makes it once its start screen is painted, which can be after `goto` returns: a health fault armed
 * before then would be met by this page instead of the one loaded next.
 */
export async function startUpChecked(api: ReferenceApi): Promise<void> {
  await expect.poll(async () => (await api.callsSeen()).health).toBeGreaterThan(0);
}

export const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'test-results/screens');
/** `npm run screenshots` sets it: every snap in both languages at the kiosk's three sizes. */
const EVERY_SIZE = process.env.SCREENSHOT_EVERY_SIZE === '1';
export const SCREEN_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
] as const;

// The whole page, unless the on-screen keyboard is up: then what the person sees (the keyboard
// docks to the bottom of the screen, not of the page).
async function shoot(page: Page, path: string): Promise<void> {
  const keyboardUp = (await page.locator('.osk').count()) > 0;
  await page.screenshot({ path, fullPage: !keyboardUp });
}

/** Switches language the way the header's switch does; a click that also works behind a modal dialog. */
async function showLanguage(page: Page, language: string): Promise<void> {
  await page.evaluate((lang) => document.querySelector<HTMLButtonElement>(`.language-switch button[lang="${lang}"]`)?.click(), language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * A screenshot named `<lang>-<state>`, and axe (WCAG 2.2 AA) on that state in both languages: every
 * state worth a picture is checked. With SCREENSHOT_EVERY_SIZE, pictures in both languages at every
 * size instead.
 */
export async function snap(page: Page, name: string): Promise<void> {
  if (!EVERY_SIZE) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await shoot(page, join(SCREENSHOT_DIR, `${name}.png`));
    const language = await page.locator('html').getAttribute('lang');
    for (const lang of ['ms', 'en']) {
      await showLanguage(page, lang);
      await expectNoAxeViolations(page, `${name} (${lang})`);
    }
    if (language) await showLanguage(page, language);
    return;
  }
  const state = name.replace(/^(ms|en)-/, '');
  const language = await page.locator('html').getAttribute('lang');
  const viewport = page.viewportSize();
  for (const lang of ['ms', 'en']) {
    await showLanguage(page, lang);
    for (const size of SCREEN_SIZES) {
      const folder = join(SCREENSHOT_DIR, `${size.width}x${size.height}`);
      mkdirSync(folder, { recursive: true });
      await page.setViewportSize(size);
      await shoot(page, join(folder, `${lang}-${state}.png`));
    }
  }
  if (viewport) await page.setViewportSize(viewport);
  if (language) await showLanguage(page, language);
}

export async function requestLink(page: Page, icNumber: string): Promise<void> {
  await page.getByRole('button', { name: 'Mula', exact: true }).click();
  await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).fill(icNumber);
  await page.getByRole('button', { name: 'Hantar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semak e-mel anda' })).toBeVisible();
}

/** The link box, in either language, after choosing the paste where the kiosk offers other ways in too. */
export async function linkBox(page: Page, { tap = false } = {}): Promise<Locator> {
  const box = page.getByRole('textbox', { name: /^(Pautan pengaktifan|Activation link)$/ });
  const way = page.getByRole('button', { name: /^(Tampal pautan|Paste the link)/ });
  await expect(box.or(way).first()).toBeVisible();
  if (!(await box.isVisible())) await (tap ? way.tap() : way.click());
  return box;
}

export async function pasteLink(page: Page, link: string): Promise<void> {
  await (await linkBox(page)).fill(link);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
}

export async function chooseQuestions(page: Page, answers: readonly string[] = ['Comel si kucing', 'Nasi kerabu', 'Cikgu Rosnah']): Promise<void> {
  for (const [index, answer] of answers.entries()) {
    const select = page.getByRole('combobox', { name: `Soalan keselamatan ${index + 1}` });
    // The n-th real question (index 0 is the "Pilih soalan" placeholder).
    const value = await select.locator('option').nth(index + 1).getAttribute('value');
    await select.selectOption(value!);
    // Answers are masked (a password input has no textbox role): found by their label.
    await page.getByLabel(`Jawapan ${index + 1}`, { exact: true }).fill(answer);
  }
}

export async function setPassword(page: Page, password: string, repeat = password): Promise<void> {
  await page.getByLabel('Kata Laluan', { exact: true }).fill(password);
  await page.getByLabel('Ulang Kata Laluan', { exact: true }).fill(repeat);
}

/** From the start screen to the password step for a demo account, answering the first three questions. */
export async function toPasswordStep(page: Page, activationUrl: () => Promise<string>, icNumber: string): Promise<void> {
  await requestLink(page, icNumber);
  await pasteLink(page, await activationUrl());
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await chooseQuestions(page);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tetapkan Kata Laluan' })).toBeVisible();
}
