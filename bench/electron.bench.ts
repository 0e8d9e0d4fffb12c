// `npm run bench -- electron`: the kiosk in Electron, where the binary exists: cold start (launch to
// the start screen's Mula button, median of 5) and the main process's memory once it is up, beside
// Electron opening the blank React + zustand page with a bare main script. Where the binary is
// missing (as on the machines this project is built on): skipped with the reason, nothing recorded.
// The binary is found by its file, never by require('electron'), which would try to download it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { startActivationServer } from '../server/app.ts';
import { findElectronBinary } from '../test/e2e/electron-binary.ts';
import { buildBaseline } from './bundle-size.ts';
import { record } from './report.ts';

const LAUNCHES = 5;
const APP_DIR = resolve(import.meta.dirname, '..');

const binary = findElectronBinary();
if (!binary.found) {
  console.log(`electron: skipped, nothing recorded: ${binary.reason.split(';')[0]}`);
  process.exit(0);
}
const executablePath = binary.path;

// Runs inside Electron only: the least a main process does to show a page.
const BLANK_MAIN = `const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => new BrowserWindow({ width: 1366, height: 768 }).loadFile(process.env.BLANK_PAGE));
app.on('window-all-closed', () => app.quit());`;

interface Launch {
  readonly ms: number;
  readonly heapUsed: number;
  readonly rss: number;
}

async function launch(args: string[], env: Record<string, string>): Promise<Launch> {
  const started = performance.now();
  const app = await electron.launch({ executablePath, args: ['--js-flags=--expose-gc', ...args], env: { ...process.env, ...env } as Record<string, string> });
  try {
    const window = await app.firstWindow();
    await window.getByRole('button', { name: 'Mula', exact: true }).waitFor();
    const ms = performance.now() - started;
    const memory = (await app.evaluate('(globalThis.gc?.(), process.memoryUsage())')) as { heapUsed: number; rss: number };
    return { ms, heapUsed: memory.heapUsed, rss: memory.rss };
  } finally {
    await app.close();
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const megabytes = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1));

const work = await mkdtemp(join(tmpdir(), 'ispeks-bench-electron-'));
const server = await startActivationServer({ dataDir: join(work, 'api'), dev: false, log: () => undefined });
try {
  await buildBaseline(join(work, 'blank'));
  await writeFile(join(work, 'blank-main.cjs'), BLANK_MAIN);
  const kiosk: Launch[] = [];
  const blank: Launch[] = [];
  for (let run = 0; run < LAUNCHES; run += 1) {
    kiosk.push(await launch([APP_DIR], { ISPEKS_API_BASE_URL: server.url, ISPEKS_CONFIG_FILE: join(work, 'no-system-config.json') }));
    blank.push(await launch([join(work, 'blank-main.cjs')], { BLANK_PAGE: join(work, 'blank', 'index.html') }));
  }
  const of = (launches: readonly Launch[], key: keyof Launch) => median(launches.map((one) => one[key]));
  record([
    { metric: `electron: cold start to the start screen, median of ${LAUNCHES}`, value: Math.round(of(kiosk, 'ms')), unit: 'ms', baseline: Math.round(of(blank, 'ms')) },
    { metric: 'electron: main process JS heap at the start screen', value: megabytes(of(kiosk, 'heapUsed')), unit: 'MB', baseline: megabytes(of(blank, 'heapUsed')) },
    { metric: 'electron: main process resident memory at the start screen', value: megabytes(of(kiosk, 'rss')), unit: 'MB', baseline: megabytes(of(blank, 'rss')) },
  ]);
} finally {
  await server.close();
  await rm(work, { recursive: true, force: true });
}
