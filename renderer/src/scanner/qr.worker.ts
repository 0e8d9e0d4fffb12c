// The QR worker: zxing-wasm, the decoder that read the most phone-screen frames in our comparison
// (docs/qr-decoders.md). Its WebAssembly is inlined into this chunk and handed to the module as bytes,
// so nothing is fetched: this worker's own Content-Security-Policy (served with its script, see
// main/app-protocol.ts) adds only 'wasm-unsafe-eval' to the page's. Each frame is read and dropped.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { ReaderOptions } from 'zxing-wasm/reader';
import wasmDataUrl from 'zxing-wasm/reader/zxing_reader.wasm?url&inline';
import type { ScanReply, ScanRequest } from './protocol.ts';

interface WorkerScope {
  postMessage(reply: ScanReply): void;
  onmessage: ((event: MessageEvent<ScanRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const options: ReaderOptions = { formats: ['QRCode'], maxNumberOfSymbols: 1, tryHarder: true };

function bytesOf(dataUrl: string): ArrayBuffer {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}

const ready: Promise<boolean> = Promise.resolve()
  .then(() => prepareZXingModule({ overrides: { wasmBinary: bytesOf(wasmDataUrl) }, fireImmediately: true }))
  .then(
    () => true,
    () => false,
  );

let canvas: OffscreenCanvas | null = null;

function pixelsOf(frame: ImageBitmap): ImageData | null {
  if (!canvas || canvas.width !== frame.width || canvas.height !== frame.height) canvas = new OffscreenCanvas(frame.width, frame.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(frame, 0, 0);
  return context.getImageData(0, 0, frame.width, frame.height);
}

scope.onmessage = async ({ data: { id, frame } }) => {
  try {
    if (!(await ready)) return scope.postMessage({ id, text: null, failed: true });
    const image = pixelsOf(frame);
    const results = image ? await readBarcodes(image, options) : [];
    scope.postMessage({ id, text: results.find((result) => result.isValid)?.text ?? null });
  } catch {
    scope.postMessage({ id, text: null });
  } finally {
    frame.close();
  }
};
