// WCAG 2.2 AA by axe-core on every screen and every error state a person can reach, in both
// languages: the kiosk fixture's page comes from Playwright's own browser.newContext(), as
// @axe-core/playwright needs.
import { demoAccounts } from '../../server/demo-accounts.ts';
import type { Language } from '../../shared/ipc-contract.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { ms } from '../../renderer/src/i18n/ms.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { linkBox, snap, startUpChecked } from './kiosk-steps.ts';

const [siti, nikAin] = demoAccounts.filter((account) => account.status === 'pending');
const WEAK_PASSWORD = 'kucing';
const STRONG_PASSWORD = 'Sungai-Golok-Tenang-42';

for (const [language, text, account] of [
  ['ms', ms, siti!],
  ['en', en, nikAin!],
] as const satisfies ReadonlyArray<readonly [Language, typeof ms, (typeof demoAccounts)[number]]>) {
  test(`axe finds no WCAG 2.2 AA violation on any screen or error state (${language})`, async ({ kiosk: page, api }) => {
    const heading = (name: string) => page.getByRole('heading', { level: 1, name });
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const check = (where: string) => expectNoAxeViolations(page, `${where} (${language})`);

    if (language === 'en') await button('English').click();
    await expect(heading(text.app.product)).toBeVisible();
    await check('start');

    await button(text.start.begin).click();
    await expect(heading(text.ic.title)).toBeVisible();
    await check('IC number');
    await button(text.ic.submit).click();
    await expect(page.getByText(text.ic.problems.empty)).toBeVisible();
    await check('IC number, error');

    await page.getByRole('textbox', { name: text.ic.label }).fill(account.icNumber);
    await button(text.ic.submit).click();
    await expect(heading(text.link.titleSent)).toBeVisible();
    await check('link');
    await page.getByRole('button', { name: new RegExp(`^${text.ways.code}`) }).click();
    await check('link, the short code');
    await page.getByRole('button', { name: text.ways.other }).click();
    const link = await linkBox(page);
    await link.fill('not a link');
    await button(text.app.next).click();
    await expect(page.getByText(text.link.problems['not-a-link'])).toBeVisible();
    await check('link, error');

    await link.fill((await api.latestEmailTo(account.email)).activationUrl);
    await button(text.app.next).click();
    await expect(heading(text.profile.title)).toBeVisible();
    await check('profile');
    await button(text.app.next).click();

    await expect(heading(text.questions.title)).toBeVisible();
    await check('questions');
    const question = (row: number) => page.getByRole('combobox', { name: text.questions.question(row) });
    const firstQuestion = await question(1).locator('option').nth(1).getAttribute('value');
    await question(1).selectOption(firstQuestion!);
    await question(2).selectOption(firstQuestion!);
    await expect(page.getByText(text.questions.problems['question-duplicate'])).toBeVisible();
    await check('questions, duplicate question');
    for (const [index, answer] of ['Comel si kucing', 'Nasi kerabu', 'Cikgu Rosnah'].entries()) {
      await question(index + 1).selectOption((await question(index + 1).locator('option').nth(index + 1).getAttribute('value'))!);
      await page.getByLabel(text.questions.answer(index + 1), { exact: true }).fill(answer);
    }
    await button(text.app.next).click();

    await expect(heading(text.password.title)).toBeVisible();
    await check('password');
    await page.getByLabel(text.password.password, { exact: true }).fill(WEAK_PASSWORD);
    await button(text.password.submit).click();
    await expect(page.getByText(text.password.notReady)).toBeVisible();
    await check('password, rules unmet');

    await page.getByLabel(text.password.password, { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel(text.password.repeat, { exact: true }).fill(STRONG_PASSWORD);
    // Four 502s: the first attempt and the client's three retries.
    await api.armFault({ calls: 'complete', kind: 'http-502', count: 4 });
    await button(text.password.submit).click();
    const alert = page.getByRole('alert').filter({ hasText: text.errors.server });
    await expect(alert).toBeVisible();
    await check('password, completion failed');

    await alert.getByRole('button', { name: text.app.tryAgain }).click();
    await expect(heading(text.done.title)).toBeVisible();
    await check('done');
  });
}

test.describe('interruptions', () => {
  test.use({ configEnv: { ISPEKS_IDLE_SECONDS: '30', ISPEKS_IDLE_WARNING_SECONDS: '20' } });

  for (const [language, text] of [
    ['ms', ms],
    ['en', en],
  ] as const) {
    test(`axe finds no violation in the idle warning, the incoming-link dialog or the offline notice (${language})`, async ({ kiosk: page, api, kioskMain }) => {
      const check = (where: string) => expectNoAxeViolations(page, `${where} (${language})`);
      await page.clock.install();
      await startUpChecked(api);
      await api.armFault({ calls: 'health', kind: 'reset', count: 1 });
      await page.reload();
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByText(text.start.offline)).toBeVisible();
      await check('start, service unreachable');

      await page.getByRole('button', { name: text.start.haveLink, exact: true }).click();
      await (await linkBox(page)).fill(await api.linkFor(siti!));
      await page.getByRole('button', { name: text.app.next, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: text.profile.title })).toBeVisible();

      await page.clock.fastForward(31_000);
      const idle = page.getByRole('alertdialog', { name: text.idle.title });
      await expect(idle).toBeVisible();
      await check('idle warning');
      await idle.getByRole('button', { name: text.idle.stay }).click();
      await expect(idle).toBeHidden();

      await kioskMain.deliverLink(await api.linkFor(nikAin!));
      await expect(page.getByRole('alertdialog', { name: text.incomingLink.title })).toBeVisible();
      await check('incoming link');
    });
  }
});

test.describe('rarer errors', () => {
  for (const [language, text] of [
    ['ms', ms],
    ['en', en],
  ] as const) {
    test(`axe finds no violation when the e-mail was asked for too often, the service asks for a pause, or the browser cannot be opened (${language})`, async ({ kiosk: page, api, kioskMain }) => {
      const check = (where: string) => expectNoAxeViolations(page, `${where} (${language})`);
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      await page.clock.install();
      await page.reload();
      if (language === 'en') await button('English').click();
      // Someone asked for this IC's e-mail a moment ago: the service asks to wait.
      const link = await api.linkFor(siti!);
      await button(text.start.begin).click();
      await page.getByRole('textbox', { name: text.ic.label }).fill(siti!.icNumber);
      await button(text.ic.submit).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(text.errors['rate-limited'](60).slice(0, 20));
      await check('IC number, asked too often');
      await snap(page, `${language}-2-ic-rate-limited`);

      kioskMain.browserOpens = false;
      await button(text.app.back).click();
      await button(text.start.haveLink).click();
      await (await linkBox(page)).fill(link);
      await button(text.app.next).click();
      await button(text.app.next).click();
      for (const [index, answer] of ['Comel si kucing', 'Nasi kerabu', 'Cikgu Rosnah'].entries()) {
        const question = page.getByRole('combobox', { name: text.questions.question(index + 1) });
        await question.selectOption((await question.locator('option').nth(index + 1).getAttribute('value'))!);
        await page.getByLabel(text.questions.answer(index + 1), { exact: true }).fill(answer);
      }
      await button(text.app.next).click();
      await page.getByLabel(text.password.password, { exact: true }).fill(STRONG_PASSWORD);
      await page.getByLabel(text.password.repeat, { exact: true }).fill(STRONG_PASSWORD);
      // Longer than the client waits by itself: the person is asked to wait, with a countdown.
      await api.armFault({ calls: 'complete', kind: 'http-503', count: 1, retryAfterSeconds: 40 });
      await button(text.password.submit).click();
      const busy = page.getByRole('alert').filter({ hasText: text.errors['service-unavailable'](40) });
      await expect(busy).toBeVisible();
      await check('password, the service asks for a pause');
      await snap(page, `${language}-6-password-service-busy`);
      await page.clock.fastForward(40_000);
      await busy.getByRole('button', { name: text.app.tryAgain }).click();

      await button(text.app.login).click();
      await expect(page.getByText(text.done.notOpened)).toBeVisible();
      await expect(page.getByText(`${api.url}/login`)).toBeVisible();
      await check('done, the browser could not be opened');
      await snap(page, `${language}-7-done-browser-not-opened`);
    });
  }
});
