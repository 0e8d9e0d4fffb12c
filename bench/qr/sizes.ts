// `npx tsx bench/qr/sizes.ts [--from DIR]`: what a browser worker would load for each candidate,
// bundled by Vite the way the kiosk bundles its workers (ES module, minified, tree-shaken, the
// .wasm emitted as a file): bytes and gzip -9 of the JavaScript and of the .wasm.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { resolveFrom } from './resolve-from.ts';

const { values } = parseArgs({ options: { from: { type: 'string', default: resolve(import.meta.dirname, '../..') } } });
const packageDir = (name: string) => dirname(createRequire(join(values.from, 'noop.js')).resolve(name));

/** The smallest worker that decodes with each candidate: what a kiosk would bundle. */
const WORKERS: Record<string, () => string> = {
  'zxing-wasm': () => `import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
prepareZXingModule({ overrides: { locateFile: () => wasmUrl } });
self.onmessage = async ({ data }) => self.postMessage((await readBarcodes(data, { formats: ['QRCode'] }))[0]?.text);`,
  jsqr: () => `import jsQR from 'jsqr';
self.onmessage = ({ data }) => self.postMessage(jsQR(data.data, data.width, data.height)?.data);`,
  'qr-scanner': () => `import QrScanner from 'qr-scanner';
self.onmessage = async ({ data }) => self.postMessage(await QrScanner.scanImage(data));`,
  '@nuintun/qrcode': () => `import { binarize, Decoder, Detector, grayscale } from '@nuintun/qrcode';
self.onmessage = ({ data }) => { const found = new Detector().detect(binarize(grayscale(data), data.width, data.height)).next(); self.postMessage(found.done ? null : new Decoder().decode(found.value.matrix).content); };`,
  'rxing-wasm': () => {
    // Its browser build imports the .wasm as an ES module (bundler target): load the glue and instantiate by hand.
    const dir = packageDir('rxing-wasm');
    return `import * as glue from '${join(dir, 'rxing_wasm_bg.js')}';
import wasmUrl from '${join(dir, 'rxing_wasm_bg.wasm')}?url';
const ready = WebAssembly.instantiateStreaming(fetch(wasmUrl), { './rxing_wasm_bg.js': glue }).then(({ instance }) => glue.__wbg_set_wasm(instance.exports));
self.onmessage = async ({ data }) => { await ready; self.postMessage(glue.decode_barcode(glue.convert_js_image_to_luma(data.data), data.width, data.height, true).text()); };`;
  },
  'zbar-wasm': () => `import { scanImageData } from '@undecaf/zbar-wasm';
self.onmessage = async ({ data }) => self.postMessage((await scanImageData(data))[0]?.decode());`,
  '@zxing/library': () => `import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
self.onmessage = ({ data }) => self.postMessage(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(data.data, data.width, data.height)))).getText());`,
  'qr (paulmillr)': () => `import { decodeQR } from 'qr/decode.js';
self.onmessage = ({ data }) => self.postMessage(decodeQR(data));`,
};

const work = mkdtempSync(join(tmpdir(), 'qr-sizes-'));
const rows: string[] = ['| candidate | JS bytes | JS gzip | wasm bytes | wasm gzip | total gzip |', '|---|---:|---:|---:|---:|---:|'];
for (const [name, source] of Object.entries(WORKERS)) {
  const dir = join(work, name.replace(/[@/]/g, '_'));
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'worker.js'), source());
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      plugins: [resolveFrom(values.from)],
      build: { outDir: join(dir, 'out'), minify: true, assetsInlineLimit: 0, rollupOptions: { input: join(dir, 'worker.js'), output: { format: 'es' } } },
    });
    const files = readdirSync(join(dir, 'out'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const measure = (wasm: boolean) =>
      files
        .filter((entry) => entry.name.endsWith('.wasm') === wasm)
        .map((entry) => readFileSync(join(entry.parentPath, entry.name)))
        .reduce((sum, body) => ({ bytes: sum.bytes + body.length, gzip: sum.gzip + gzipSync(body, { level: 9 }).length }), { bytes: 0, gzip: 0 });
    const [js, wasm] = [measure(false), measure(true)];
    rows.push(`| ${name} | ${js.bytes} | ${js.gzip} | ${wasm.bytes || '–'} | ${wasm.gzip || '–'} | ${js.gzip + wasm.gzip} |`);
  } catch (error) {
    rows.push(`| ${name} | not built: ${(error as Error).message.split('\n')[0]} | | | | |`);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(rows.join('\n'));
