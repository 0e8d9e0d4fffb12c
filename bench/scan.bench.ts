// `npm run bench -- scan`: the counter's way in, in Chromium with a fake camera: from the tap on
// "Imbas kod QR" (the camera starts) to the profile on the screen, p50 and p95 of 20, beside the
// desktop's way in measured in the same run and page: from Seterusnya under a pasted link to the same
// profile. The phone is held still in front of the camera from the first frame, so the figure is the
// kiosk's (camera start, decoding, the same API calls), not the person's aim.
// Builds nothing: run `npx electron-vite build` first (npm run bench does).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { ms } from '../renderer/src/i18n/ms.ts';
import { fakeCameraArgs, phoneScreenVideo, writeY4m } from '../test/e2e/fake-camera.ts';
import { RENDERER_OUT } from './bundle-size.ts';
import { percentile, record } from './report.ts';
import { startKiosk, withoutSecrets } from './ui-kiosk.ts';
import type { Kiosk, Person } from './ui-kiosk.ts';
import { STEP_METER_SCRIPT } from './ui-pages.ts';

const RUNS = Number(process.env.BENCH_SCAN_RUNS ?? 20);

if (!existsSync(join(RENDERER_OUT, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first');
const folder = mkdtempSync(join(tmpdir(), 'ispeks-bench-scan-'));
const video = join(folder, 'phone.y4m');

/** The phone held still, showing this link's QR code: the last, steady frame of the test's video. */
function phoneHolds(link: string): void {
  const { fps, frames } = phoneScreenVideo(link, { width: 640, height: 480 });
  writeY4m(video, { fps, frames: [frames.at(-1)!] });
}

const press = (page: Page, name: RegExp | string) => page.getByRole('button', { name, exact: typeof name === 'string' }).click();
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/** From the start screen to the link step's ways, for this person. */
async function toWays(page: Page, person: Person): Promise<void> {
  await press(page, ms.start.begin);
  await page.getByRole('textbox', { name: ms.ic.label }).fill(person.icNumber);
  await press(page, ms.ic.submit);
  await heading(page, ms.link.titleSent);
}

async function scan(page: Page, kiosk: Kiosk, person: Person): Promise<void> {
  await toWays(page, person);
  phoneHolds(await kiosk.linkFor(person));
  await press(page, new RegExp(`^${ms.ways.scan}`));
  await heading(page, ms.profile.title);
  await press(page, ms.app.startOver);
}

async function paste(page: Page, kiosk: Kiosk, person: Person): Promise<void> {
  await toWays(page, person);
  await press(page, new RegExp(`^${ms.ways.paste}`));
  await page.getByRole('textbox', { name: ms.link.label }).fill(await kiosk.linkFor(person));
  await press(page, ms.app.next);
  await heading(page, ms.profile.title);
  await press(page, ms.app.startOver);
}

phoneHolds('https://example.invalid/'); // Chromium reads the file when it lists its cameras
const kiosk = await startKiosk(2 * RUNS);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--disable-quic', ...fakeCameraArgs(video)],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: ms.start.begin, exact: true }).waitFor();
  await page.evaluate(STEP_METER_SCRIPT);
  // Scan and paste take turns, so both meet the same moments of a shared machine.
  for (let run = 0; run < RUNS; run += 1) {
    await scan(page, kiosk, kiosk.staff[2 * run]!);
    await paste(page, kiosk, kiosk.staff[2 * run + 1]!);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  const steps = (await page.evaluate('window.__steps.steps')) as { from: string; to: string; ms: number }[];
  // The tap that started the camera, and the tap on Seterusnya, each followed by the profile.
  const toProfile = steps.filter((step) => step.from === ms.link.titleSent && step.to === ms.profile.title).map((step) => step.ms);
  const scans = toProfile.filter((_, index) => index % 2 === 0);
  const pastes = toProfile.filter((_, index) => index % 2 === 1);
  if (scans.length !== RUNS || pastes.length !== RUNS) throw new Error(`expected ${RUNS} of each, measured ${scans.length} scans and ${pastes.length} pastes`);
  record([50, 95].map((p) => ({
    metric: `scan: "Imbas kod QR" → profile painted, p${p} of ${RUNS} (baseline: Seterusnya under a pasted link → profile)`,
    value: Number(percentile(scans, p).toFixed(1)),
    unit: 'ms',
    baseline: Number(percentile(pastes, p).toFixed(1)),
  })));
} catch (error) {
  console.error(withoutSecrets(kiosk, error));
  process.exitCode = 1;
} finally {
  await browser.close();
  await kiosk.close();
  rmSync(folder, { recursive: true, force: true });
}
