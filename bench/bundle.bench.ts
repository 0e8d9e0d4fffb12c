// `npm run bench -- bundle`: the renderer as built (out/renderer) against a blank React + zustand
// page built now with the same Vite settings: the first chunk, which the first screen waits for,
// and every script in total (the strength dictionaries included). Builds only the baseline.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBaseline, FIRST_CHUNK_BUDGET, measureBuild, RENDERER_OUT } from './bundle-size.ts';
import { record } from './report.ts';

if (!existsSync(join(RENDERER_OUT, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first');
const kiosk = measureBuild(RENDERER_OUT);
const baselineDir = await mkdtemp(join(tmpdir(), 'ispeks-bench-bundle-'));
try {
  const baseline = await buildBaseline(baselineDir);
  // The QR decoder is fetched only by the scan view's worker, the first time a person scans.
  const decoder = kiosk.files.find(({ file }) => /qr\.worker-[\w-]+\.js$/.test(file));
  if (!decoder) throw new Error('no QR worker chunk in the build');
  record([
    { metric: 'bundle: first chunk', value: kiosk.firstChunk.bytes, unit: 'B', baseline: baseline.firstChunk.bytes },
    { metric: 'bundle: first chunk, gzip', value: kiosk.firstChunk.gzipBytes, unit: 'B', baseline: baseline.firstChunk.gzipBytes },
    { metric: 'bundle: all scripts', value: kiosk.total.bytes, unit: 'B', baseline: baseline.total.bytes },
    { metric: 'bundle: all scripts, gzip', value: kiosk.total.gzipBytes, unit: 'B', baseline: baseline.total.gzipBytes },
    { metric: 'bundle: QR decoder worker (zxing-wasm, its WebAssembly inlined), gzip', value: decoder.gzipBytes, unit: 'B', baseline: baseline.firstChunk.gzipBytes },
  ]);
  console.table(kiosk.files.map(({ file, bytes, gzipBytes }) => ({ file, bytes, gzipBytes })));
  const ratio = kiosk.firstChunk.gzipBytes / baseline.firstChunk.gzipBytes;
  console.log(`guard (npm test): first chunk ≤ ${FIRST_CHUNK_BUDGET} × baseline gzip: ${ratio.toFixed(3)} (${ratio <= FIRST_CHUNK_BUDGET ? 'met' : 'missed'})`);
} finally {
  await rm(baselineDir, { recursive: true, force: true });
}
