// zxing-wasm's reader, its .wasm emitted by Vite next to the worker (same origin) instead of the
// jsDelivr URL the package uses by default.
import * as zxing from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { serveDecoder } from './serve-decoder.js';

zxing.prepareZXingModule({ overrides: { locateFile: (path, prefix) => (path.endsWith('.wasm') ? new URL(wasmUrl, self.location.href).href : prefix + path) } });
const options = { formats: ['QRCode'], maxNumberOfSymbols: 1, tryHarder: true };
serveDecoder(async (image) => (await zxing.readBarcodes(image, options)).find((result) => result.isValid)?.text ?? null);
