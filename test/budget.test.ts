// The renderer's bundle guard: the first chunk against a blank React + zustand page built with the
// same Vite settings in this run, and none of the strength dictionaries in it. Reads the
// build in out/renderer, which `npm test` makes before it runs the unit tests.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBaseline, FIRST_CHUNK_BUDGET, measureBuild, RENDERER_OUT } from '../bench/bundle-size.ts';
import type { BundleSizes } from '../bench/bundle-size.ts';

const root = resolve(import.meta.dirname, '..');

/** A stretch of letters and digits from the middle of a zxcvbn-ts list, as its compressed text sits in any build. */
function zxcvbnMarker(file: string): string {
  const source = readFileSync(join(root, 'node_modules/@zxcvbn-ts', file), 'utf8');
  const packed = /decompress\("([^"]+)"\)/.exec(source)?.[1] ?? '';
  const marker = /[A-Za-z0-9]{40}/.exec(packed.slice(packed.length / 2))?.[0];
  if (!marker) throw new Error(`no compressed list found in ${file}`);
  return marker;
}

/** The first line of this project's Malay list in the file (lowercase words, kept verbatim by the minifier). */
function malayMarker(file: string): string {
  const line = /entries\(`\n([a-z ]{40,})\n/.exec(readFileSync(join(root, 'shared/wordlists', file), 'utf8'))?.[1];
  if (!line) throw new Error(`no word list found in shared/wordlists/${file}`);
  return line.slice(0, 40);
}

const dictionaries = [
  ...['language-common/dist/passwords.json.mjs', 'language-en/dist/commonWords.json.mjs', 'language-en/dist/firstnames.json.mjs',
    'language-id/dist/commonWords.json.mjs', 'language-id/dist/names.json.mjs'].map((file) => ({ name: file, marker: zxcvbnMarker(file) })),
  ...['malay-common.ts', 'malay-names.ts', 'malay-places.ts', 'malay-life.ts'].map((file) => ({ name: file, marker: malayMarker(file) })),
];

describe('renderer bundle budget', () => {
  const baselineDir = mkdtempSync(join(tmpdir(), 'ispeks-budget-'));
  let renderer: BundleSizes;
  let baseline: BundleSizes;

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_OUT, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first (npm test does)');
    renderer = measureBuild(RENDERER_OUT);
    baseline = await buildBaseline(baselineDir);
  }, 120_000);
  afterAll(() => rmSync(baselineDir, { recursive: true, force: true }));

  it(`keeps the first chunk within ${FIRST_CHUNK_BUDGET} × the blank page, gzipped`, () => {
    const ratio = renderer.firstChunk.gzipBytes / baseline.firstChunk.gzipBytes;
    expect(
      ratio,
      `${renderer.firstChunk.file}: ${renderer.firstChunk.gzipBytes} B gzip against ${baseline.firstChunk.gzipBytes} B (${ratio.toFixed(3)})`,
    ).toBeLessThanOrEqual(FIRST_CHUNK_BUDGET);
  });

  it('keeps every strength dictionary out of the first chunk, and in the build', () => {
    const read = (file: string) => readFileSync(join(RENDERER_OUT, file), 'utf8');
    const first = read(renderer.firstChunk.file);
    const everything = readdirSync(join(RENDERER_OUT, 'assets')).map((file) => read(`assets/${file}`)).join('\n');
    for (const { name, marker } of dictionaries) {
      expect(everything.includes(marker), `${name} is in no chunk: the marker no longer matches the build`).toBe(true);
      expect(first.includes(marker), `${name} is in the first chunk`).toBe(false);
    }
  });
});
