// What the kiosk shell adds to the flow: links delivered by the OS, and the idle reset.
import { demoAccounts } from '../../server/demo-accounts.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { chooseQuestions, linkBox, pasteLink, requestLink, snap } from './kiosk-steps.ts';

const [siti, nikAin] = demoAccounts.filter((account) => account.status === 'pending');

test.describe('deep links', () => {
  test('a link clicked in the e-mail opens the kiosk straight at the profile (cold start)', async ({ kiosk: page, api, kioskMain }) => {
    await kioskMain.coldStartWithLink(await api.linkFor(siti!));
    await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
    await expect(page.getByText(siti!.name)).toBeVisible();
  });

  test('a link arriving while the person waits for the e-mail is opened like a paste', async ({ kiosk: page, api, kioskMain }) => {
    await requestLink(page, siti!.icNumber);
    await kioskMain.deliverLink((await api.latestEmailTo(siti!.email)).appUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
  });

  test('a link that is not an activation link says so, like a paste', async ({ kiosk: page, kioskMain }) => {
    await kioskMain.deliverLink('ispeks://settings?reset=all');
    // The link step, with what arrived in the paste box and the paste's own words about it.
    await expect(page.getByRole('textbox', { name: 'Pautan pengaktifan' })).toHaveValue('ispeks://settings?reset=all');
    await expect(page.getByText('Ini bukan pautan pengaktifan.', { exact: false })).toBeVisible();
  });

  test('a link arriving mid-way asks before discarding anything', async ({ kiosk: page, api, kioskMain }) => {
    await requestLink(page, siti!.icNumber);
    await pasteLink(page, (await api.latestEmailTo(siti!.email)).appUrl);
    await page.getByRole('button', { name: 'Seterusnya' }).click();
    await chooseQuestions(page);

    const otherLink = await api.linkFor(nikAin!);
    await kioskMain.deliverLink(otherLink);
    const dialog = page.getByRole('alertdialog', { name: 'Pautan pengaktifan baharu diterima' });
    await expect(dialog).toBeVisible();
    await snap(page, 'ms-5-questions-incoming-link');
    await dialog.getByRole('button', { name: 'Teruskan sesi ini' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Jawapan 2')).toHaveValue('Nasi kerabu');

    await kioskMain.deliverLink(otherLink);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Buang dan buka pautan baharu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible();
    await expect(page.getByText(nikAin!.name)).toBeVisible();
    await expect(page.getByText(siti!.name)).toHaveCount(0);
  });
});

test.describe('idle reset', () => {
  test.use({ configEnv: { ISPEKS_IDLE_SECONDS: '30', ISPEKS_IDLE_WARNING_SECONDS: '20' } });

  test('asks "still there?", continues exactly where the person was, and otherwise leaves no trace', async ({ kiosk: page, api, kioskMain }) => {
    await page.clock.install();
    await requestLink(page, siti!.icNumber);
    const link = (await api.latestEmailTo(siti!.email)).appUrl;
    await pasteLink(page, link);
    await page.getByRole('button', { name: 'Seterusnya' }).click();
    await chooseQuestions(page);
    await page.getByLabel('Jawapan 3').focus();

    await page.clock.fastForward(29_000);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.clock.fastForward(2_000);
    const dialog = page.getByRole('alertdialog', { name: 'Adakah anda masih di sini?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Sesi anda akan tamat dalam 20 saat.');
    await snap(page, 'ms-5-questions-idle-warning');

    await page.keyboard.press('Shift');
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Jawapan 3')).toBeFocused();
    await expect(page.getByLabel('Jawapan 1')).toHaveValue('Comel si kucing');

    // The person copied one of their answers, and walks away.
    kioskMain.clipboard = 'Nasi kerabu';
    await page.clock.fastForward(31_000);
    await expect(dialog).toBeVisible();
    await page.clock.fastForward(21_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Pengaktifan Akaun iSPEKS' })).toBeVisible();
    await expect(page.getByText('Sesi anda telah ditamatkan untuk melindungi maklumat anda.')).toBeVisible();
    await snap(page, 'ms-1-start-session-ended');

    const html = await page.content();
    for (const trace of [siti!.name, siti!.email, siti!.icNumber.slice(-4), 'Comel si kucing', 'Nasi kerabu', link.split('token=')[1]!]) {
      expect(html).not.toContain(trace);
    }
    await page.getByRole('button', { name: 'Saya sudah menerima pautan' }).click();
    await expect(await linkBox(page)).toHaveValue('');
    expect(kioskMain.clipboard).toBe('');
  });

  test('stays quiet on the start screen', async ({ kiosk: page }) => {
    await page.clock.install();
    await page.clock.fastForward(120_000);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
});

test.describe('Log Masuk on a counter kiosk', () => {
  test.use({ configEnv: { ISPEKS_LOGIN_ACTION: 'show-address' } });

  test('shows where to log in instead of opening a browser', async ({ kiosk: page, api, kioskMain }) => {
    await requestLink(page, siti!.icNumber);
    await pasteLink(page, (await api.latestEmailTo(siti!.email)).appUrl);
    await page.getByRole('button', { name: 'Seterusnya' }).click();
    await chooseQuestions(page);
    await page.getByRole('button', { name: 'Seterusnya' }).click();
    await page.getByLabel('Kata Laluan', { exact: true }).fill('Sungai-Golok-Tenang-42');
    await page.getByLabel('Ulang Kata Laluan', { exact: true }).fill('Sungai-Golok-Tenang-42');
    await page.getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('button', { name: 'Log Masuk' }).click();
    await expect(page.getByText(`${api.url}/login`)).toBeVisible();
    // Shown by design, not as a failure.
    await expect(page.getByText('Untuk log masuk, buka alamat ini dalam pelayar di komputer anda:')).toBeVisible();
    await expect(page.getByText('Pelayar tidak dapat dibuka', { exact: false })).toHaveCount(0);
    expect(kioskMain.openedExternally).toEqual([]);
    await expectNoAxeViolations(page, 'done, the login address shown');
    await snap(page, 'ms-7-done-show-address');
  });
});
