// Bundle sizes of the renderer against a blank React + zustand page built with the same Vite
// settings in the same run. Shared by the benchmark and the budget test.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export interface BundleSizes {
  /** The entry script the HTML loads: what the first screen waits for. */
  readonly firstChunk: { bytes: number; gzipBytes: number; file: string };
  readonly total: { bytes: number; gzipBytes: number };
  readonly files: readonly { file: string; bytes: number; gzipBytes: number }[];
}

export function measureBuild(outDir: string): BundleSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no module script in ${outDir}/index.html`);
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(join(assets, file));
      return { file: `assets/${file}`, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
  const first = files.find((f) => f.file === entry);
  if (!first) throw new Error(`entry ${entry} not among ${files.map((f) => f.file).join(', ')}`);
  return {
    firstChunk: first,
    total: files.reduce((sum, f) => ({ bytes: sum.bytes + f.bytes, gzipBytes: sum.gzipBytes + f.gzipBytes }), { bytes: 0, gzipBytes: 0 }),
    files,
  };
}

/** Builds the blank baseline page with the renderer's Vite settings (React plugin, minified). */
export async function buildBaseline(outDir: string): Promise<BundleSizes> {
  await build({
    root: resolve(import.meta.dirname, 'baseline'),
    base: './',
    logLevel: 'silent',
    configFile: false,
    // A production build whatever NODE_ENV says: under Vitest it is 'test', which would bundle
    // React's development build and make the baseline twice its size.
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true },
  });
  return measureBuild(outDir);
}

export const RENDERER_OUT = resolve(import.meta.dirname, '../out/renderer');

/**
 * The first chunk's gzip size may be at most this times the baseline's. A guard against accidents
 * (a dictionary or a later screen pulled into the entry), not a target: the kiosk loads its bundle
 * from disk, and what a person feels is the start screen's time on the glass, which the ui
 * benchmark measures. Above the blank page: the start and IC number screens, the store with its
 * rules, the Malay catalogue, and the pointer and key tracking.
 */
export const FIRST_CHUNK_BUDGET = 1.25;
