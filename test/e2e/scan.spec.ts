// Scanning the e-mail's QR code off a phone, end to end: Chromium's fake camera plays a video this
// test makes of a phone screen showing the code (fake-camera.ts), the kiosk's worker decodes it, and
// the real reference API opens the activation. Every camera track the page opens is recorded, so the
// tests can say the camera was let go.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { fakeCameraArgs, phoneScreenVideo, writeY4m } from './fake-camera.ts';
import { expect, test } from './fixtures.ts';
import { requestLink, snap } from './kiosk-steps.ts';

const folder = mkdtempSync(join(tmpdir(), 'ispeks-camera-'));
const VIDEO = join(folder, 'phone.y4m');
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', ...fakeCameraArgs(VIDEO)],
  },
});

const [siti, nikAin, tan] = demoAccounts.filter((account) => account.status === 'pending');

/** The camera plays a phone showing a QR code of this text (Chromium opens the file when the page asks for the camera). */
const phoneShows = (text: string) => writeY4m(VIDEO, phoneScreenVideo(text, { width: 640, height: 480, seconds: 1.2 }));

/** The camera sees no code at all: a grey desk. */
const nothingInView = () =>
  writeY4m(VIDEO, { fps: 5, frames: [{ width: 640, height: 480, data: new Uint8ClampedArray(640 * 480 * 4).fill(128) }] });

// Chromium looks at the file when it lists the cameras, before any test has chosen what the phone shows.
nothingInView();

/** Every camera track the page opens, so a test can see that each was stopped. */
async function recordTracks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    Object.defineProperty(window, '__cameraTracks', { value: tracks });
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      tracks.push(...stream.getTracks());
      return stream;
    };
  });
  await page.reload();
}

const tracks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cameraTracks: MediaStreamTrack[] }).__cameraTracks.map((track) => `${track.kind}:${track.readyState}`));

async function chooseScan(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Imbas kod QR/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Imbas kod QR' })).toBeFocused();
}

/**
 * The preview is playing and frames are being read. Leaving before then is not enough to show the
 * camera is let go on purpose: a video element taken away before it plays rejects its play(), which
 * stops the camera by another path.
 */
const expectLooking = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Mencari kod QR…' })).toBeVisible();

test.describe('at a counter kiosk with a camera', () => {
  test.beforeEach(async ({ kiosk: page }) => recordTracks(page));

  test('a person scans the QR code of the e-mail on their phone and sees their profile', async ({ kiosk: page, api }) => {
    await requestLink(page, siti!.icNumber);
    const email = await api.latestEmailTo(siti!.email);
    phoneShows(email.activationUrl);
    await snap(page, 'ms-3-link-ways');
    await chooseScan(page);
    await expect(page.getByText('Tunjukkan kod QR dalam e-mel pada telefon anda')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Semak maklumat anda' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(siti!.name)).toBeVisible();
    // The camera was asked for video alone, and let go the moment the code was read.
    await expect.poll(() => tracks(page)).toEqual(['video:ended']);
  });

  test('the scan view shows the camera with a square to aim at, and says it is looking', async ({ kiosk: page }) => {
    await requestLink(page, nikAin!.icNumber);
    nothingInView();
    await chooseScan(page);
    await expect(page.getByLabel('Paparan kamera')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Mencari kod QR…' })).toBeVisible();
    await snap(page, 'ms-3-link-scan');
  });

  test('a QR code from another host is refused with the paste\'s own words, and the camera is let go', async ({ kiosk: page }) => {
    await requestLink(page, tan!.icNumber);
    phoneShows(`https://ispeks.phish.example/activate?token=${'A'.repeat(43)}`);
    await chooseScan(page);
    await expect(page.getByText('Pautan ini bukan daripada sistem iSPEKS.')).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => tracks(page)).toEqual(['video:ended']);
    await snap(page, 'ms-3-link-scan-foreign');
    // Imbas semula starts the camera again.
    await page.getByRole('button', { name: 'Imbas semula' }).click();
    await expect.poll(() => tracks(page)).toContain('video:live');
  });

  test('a QR code that is not a link says so', async ({ kiosk: page }) => {
    await requestLink(page, tan!.icNumber);
    phoneShows('WIFI:S:Pejabat;T:WPA;P:rahsia;;');
    await chooseScan(page);
    await expect(page.getByText('Ini bukan pautan pengaktifan.')).toBeVisible({ timeout: 20_000 });
  });

  test('the camera is let go when the person leaves the scan view or starts over', async ({ kiosk: page }) => {
    await requestLink(page, tan!.icNumber);
    nothingInView();
    await chooseScan(page);
    await expectLooking(page);
    await expect.poll(() => tracks(page)).toEqual(['video:live']);
    await page.getByRole('button', { name: 'Pilih cara lain' }).click();
    await expect.poll(() => tracks(page)).toEqual(['video:ended']);

    await chooseScan(page);
    await expectLooking(page);
    await expect.poll(() => tracks(page)).toEqual(['video:ended', 'video:live']);
    await page.getByRole('button', { name: 'Mula semula' }).click();
    await expect(page.getByRole('button', { name: 'Mula', exact: true })).toBeVisible();
    await expect.poll(() => tracks(page)).toEqual(['video:ended', 'video:ended']);
  });
});

test.describe('a person who walks away from the scan view', () => {
  test.use({ configEnv: { ISPEKS_IDLE_SECONDS: '30', ISPEKS_IDLE_WARNING_SECONDS: '20' } });

  test('the idle reset lets the camera go along with everything else', async ({ kiosk: page }) => {
    await recordTracks(page);
    await requestLink(page, siti!.icNumber);
    nothingInView();
    // The clock stops once the camera is offered: the kiosk looks for a camera on a real timer.
    await expect(page.getByRole('button', { name: /^Imbas kod QR/ })).toBeVisible();
    await page.clock.install();
    await chooseScan(page);
    await expectLooking(page);
    await expect.poll(() => tracks(page)).toEqual(['video:live']);

    await page.clock.fastForward(31_000);
    await expect(page.getByRole('alertdialog', { name: 'Adakah anda masih di sini?' })).toBeVisible();
    await page.clock.fastForward(21_000);
    await expect(page.getByText('Sesi anda telah ditamatkan untuk melindungi maklumat anda.')).toBeVisible();
    await expect.poll(() => tracks(page)).toEqual(['video:ended']);
  });
});

test.describe('when the camera cannot be had', () => {
  test('a camera another program holds: the message says so, and the other ways are a tap away', async ({ kiosk: page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Could not start video source', 'NotReadableError'));
    });
    await page.reload();
    await requestLink(page, siti!.icNumber);
    await chooseScan(page);
    await expect(page.getByRole('alert')).toContainText('Kamera sedang digunakan oleh aplikasi lain.');
    await snap(page, 'ms-3-link-scan-camera-busy');
    await page.getByRole('button', { name: 'Pilih cara lain' }).click();
    await page.getByRole('button', { name: /^Tampal pautan/ }).click();
    await expect(page.getByRole('textbox', { name: 'Pautan pengaktifan' })).toBeVisible();
  });

  test('a camera unplugged while it looks: the preview goes and the message says the camera is gone', async ({ kiosk: page }) => {
    await recordTracks(page);
    await requestLink(page, siti!.icNumber);
    nothingInView();
    await chooseScan(page);
    await expect.poll(() => tracks(page)).toEqual(['video:live']);
    // What the browser does when the device goes: the track ends by itself.
    await page.evaluate(() => {
      const [track] = (window as unknown as { __cameraTracks: MediaStreamTrack[] }).__cameraTracks;
      track!.stop();
      track!.dispatchEvent(new Event('ended'));
    });
    await expect(page.getByRole('alert')).toContainText('Kamera tidak dapat ditemui.');
    await expect(page.getByLabel('Paparan kamera')).toHaveCount(0);
    await snap(page, 'ms-3-link-scan-camera-gone');
    await page.getByRole('button', { name: 'Imbas semula' }).click();
    await expect.poll(() => tracks(page)).toEqual(['video:ended', 'video:live']);
  });
});

test.describe('where IT turned the camera off', () => {
  test.use({ configEnv: { ISPEKS_CAMERA: 'off' } });

  test('the QR code is not offered, though a camera is there', async ({ kiosk: page }) => {
    await requestLink(page, siti!.icNumber);
    await expect(page.getByRole('textbox', { name: 'Pautan pengaktifan' }).or(page.getByRole('button', { name: /^Tampal pautan/ })).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Imbas kod QR/ })).toHaveCount(0);
  });
});
