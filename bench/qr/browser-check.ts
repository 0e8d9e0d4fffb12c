// `npx tsx bench/qr/browser-check.ts [--from DIR] [--frames N] [--decoders zxing-wasm,jsqr]`
// The decoders in Debian's Chromium, each in a module worker bundled by Vite as the kiosk's would
// be, served from 127.0.0.1 under the kiosk's CSP (and the changes a wasm decoder needs):
//  1. does the worker start and decode under each policy;
//  2. the fake camera (a Y4M video of a phone showing the QR code) read through getUserMedia,
//     frames handed to the worker as ImageBitmaps: frames and time until the link is read;
//  3. read rate and decode time inside the worker on the same synthesised frames as compare.ts;
//  4. the size of what the worker loads (minified, gzip), .wasm included.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../main/app-protocol.ts';
import { fakeCameraArgs, phoneScreenVideo, writeY4m } from '../../test/e2e/fake-camera.ts';
import { percentile } from '../report.ts';
import { resolveFrom } from './resolve-from.ts';
import { activationLink } from './scenarios.ts';
import { prng } from '../../test/prng.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: resolve(import.meta.dirname, '../..') },
    frames: { type: 'string', default: '10' },
    decoders: { type: 'string', default: 'zxing-wasm,@nuintun/qrcode,jsqr' },
    classes: { type: 'string', default: 'clean,handheld' },
  },
});
const decoders = values.decoders.split(',');
const classes = values.classes.split(',');
const work = mkdtempSync(join(tmpdir(), 'qr-browser-'));
const outDir = join(work, 'build');

await build({
  root: resolve(import.meta.dirname, 'browser'),
  base: './',
  configFile: false,
  logLevel: 'warn',
  mode: 'production',
  plugins: [resolveFrom(values.from)],
  worker: { format: 'es', plugins: () => [resolveFrom(values.from)] },
  build: { outDir, emptyOutDir: true, minify: true, assetsInlineLimit: 0 },
});

const WASM = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
const WASM_FETCH = WASM.replace("connect-src 'none'", "connect-src 'self'");
/** The document's policy, and the one sent with the worker's script (a dedicated worker takes its own). */
const POLICIES: Record<string, { document: string; worker: string }> = {
  'kiosk CSP': { document: CONTENT_SECURITY_POLICY, worker: CONTENT_SECURITY_POLICY },
  "+ 'wasm-unsafe-eval'": { document: WASM, worker: WASM },
  "+ 'wasm-unsafe-eval', connect-src 'self'": { document: WASM_FETCH, worker: WASM_FETCH },
  "kiosk CSP; the worker's script alone + 'wasm-unsafe-eval', connect-src 'self'": { document: CONTENT_SECURITY_POLICY, worker: WASM_FETCH },
};
const WASM_DECODERS = new Set(['zxing-wasm']);
/** Each decoder in its best configuration from compare.ts: zxing-wasm on the frame guide's square at twice its size. */
const ON_GUIDE = new Set(['zxing-wasm']);
let policy = POLICIES['kiosk CSP']!;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const file = resolve(outDir, `.${path === '/' ? '/index.html' : path}`);
  if (!file.startsWith(outDir)) return response.writeHead(404).end();
  if (process.env.QR_CHECK_LOG) console.error(request.method, path);
  try {
    const body = readFileSync(file);
    const csp = /\.worker-[^/]*\.js$/.test(path) ? policy.worker : policy.document;
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const link = activationLink(prng(2026));
const video = join(work, 'phone.y4m');
writeY4m(video, phoneScreenVideo(link));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--disable-quic', ...fakeCameraArgs(video)],
});

interface CameraResult { text: string | null; error: string | null; frames: number; msToRead: number; decodeMs: number[]; width: number; height: number }
interface FrameSample { scenario: string; grade: number; outcome: string; ms: number; error: string | null }

const chromiumVersion = browser.version();
const lines: string[] = ['| decoder | policy | camera read | frames to read | time to read, ms | decode in worker p50 / p95, ms |', '|---|---|---|---:|---:|---:|'];
const rates: string[] = [];
try {
  for (const name of decoders) {
    // A pure JavaScript decoder needs nothing beyond the kiosk's policy.
    for (const [label, csp] of Object.entries(POLICIES).filter(([label]) => WASM_DECODERS.has(name) || label === 'kiosk CSP')) {
      policy = csp;
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => /Content.Security.Policy/i.test(message.text()) && violations.push(message.text().slice(0, 160)));
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => (window as unknown as { qrCheck?: { ready: boolean } }).qrCheck?.ready === true);
      const camera = await page.evaluate(
        ([decoder, guide]) => (window as unknown as { qrCheck: { scanCamera(n: string, t: number, g: boolean): Promise<CameraResult> } }).qrCheck.scanCamera(decoder as string, 20_000, guide as boolean),
        [name, ON_GUIDE.has(name)] as const,
      );
      const read = camera.text === link ? 'yes' : camera.text === null ? `no${camera.error ? `: ${camera.error.slice(0, 80)}` : ''}${violations[0] ? ` (${violations[0]})` : ''}` : 'WRONG TEXT';
      const shown = ON_GUIDE.has(name) ? `${name} guide ×2` : name;
      lines.push(`| ${shown} | ${label} | ${read} | ${camera.frames} | ${camera.msToRead.toFixed(0)} | ${percentile(camera.decodeMs, 50).toFixed(1)} / ${percentile(camera.decodeMs, 95).toFixed(1)} |`);
      if (camera.text === link && !rates.some((line) => line.startsWith(`| ${shown} |`))) {
        const samples = await page.evaluate(
          ([decoder, wanted, perScenario, guide]) =>
            (window as unknown as { qrCheck: { decodeFrames(n: string, c: string[], p: number, g: boolean): Promise<FrameSample[]> } }).qrCheck.decodeFrames(
              decoder as string,
              wanted as string[],
              perScenario as number,
              guide as boolean,
            ),
          [name, classes, Number(values.frames), ON_GUIDE.has(name)] as const,
        );
        const share = (filter: (s: FrameSample) => boolean) => {
          const mine = samples.filter(filter);
          return `${mine.filter((s) => s.outcome === 'read').length}/${mine.length}`;
        };
        const ms = samples.map((s) => s.ms);
        rates.push(`| ${shown} | ${label} | ${classes.map((c) => share((s) => s.scenario === c)).join(' | ')} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} |`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const assets = readdirSync(join(outDir, 'assets')).map((file) => {
  const body = readFileSync(join(outDir, 'assets', file));
  return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
});
console.log(`\nChromium ${chromiumVersion}, fake camera: ${link.length}-character link, 640x480, 15 fps.\n`);
console.log(lines.join('\n'));
console.log(`\nRead rate and decode time inside the worker on the synthesised frames (${values.frames} per class and grade):\n`);
console.log([`| decoder | policy | ${classes.join(' | ')} | p50 ms | p95 ms |`, `|---|---|${classes.map(() => '---:|').join('')}---:|---:|`, ...rates].join('\n'));
console.log('\nWhat the build emitted (minified; gzip -9):\n');
console.log(['| file | bytes | gzip |', '|---|---:|---:|', ...assets.map((a) => `| ${a.file} | ${a.bytes} | ${a.gzip} |`)].join('\n'));
rmSync(work, { recursive: true, force: true });
