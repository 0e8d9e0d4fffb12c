// The steps a person takes at the kiosk, by what they see on screen (Malay first).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'test-results/screens');

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function requestLink(page: Page, icNumber: string): Promise<void> {
  await page.getByRole('button', { name: 'Mula', exact: true }).click();
  await page.getByRole('textbox', { name: 'No. Kad Pengenalan' }).fill(icNumber);
  await page.getByRole('button', { name: 'Hantar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semak e-mel anda' })).toBeVisible();
}

export async function pasteLink(page: Page, link: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Pautan pengaktifan' }).fill(link);
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
  await page.getByLabel('Kata laluan baharu').fill(password);
  await page.getByLabel('Ulang Kata Laluan', { exact: true }).fill(repeat);
}

/** From the start screen to the password step for a demo account, answering the first three questions. */
export async function toPasswordStep(page: Page, activationUrl: () => Promise<string>, icNumber: string): Promise<void> {
  await requestLink(page, icNumber);
  await pasteLink(page, await activationUrl());
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await chooseQuestions(page);
  await page.getByRole('button', { name: 'Seterusnya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tetapkan kata laluan baharu' })).toBeVisible();
}
