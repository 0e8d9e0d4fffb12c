// The QR decoders measured, each behind the same small function: an RGBA frame in, the decoded
// text (or null) out. Loaded in Node from wherever the candidates are installed (they are not the
// kiosk's dependencies: see docs/qr-decoders.md for the install command), so a missing one is
// reported, not fatal.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import type { RgbaFrame } from './camera-effects.ts';

export type Decode = (frame: RgbaFrame) => Promise<string | null>;

export interface Candidate {
  readonly name: string;
  /** The npm package and version measured. */
  readonly spec: string;
  load(from: string): Promise<Decode>;
  /** What the page would do to a frame before handing it to the worker (not timed: a canvas does it). */
  readonly prepare?: (frame: RgbaFrame) => RgbaFrame;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the candidates' own types are not installed with the repo */
type Module = any;

function resolver(from: string) {
  const require = createRequire(join(from, 'noop.js'));
  return {
    path: (specifier: string) => require.resolve(specifier),
    load: async (specifier: string): Promise<Module> => import(pathToFileURL(require.resolve(specifier)).href),
  };
}

/** BT.601 luma, as most decoders compute it from RGBA. */
function luma({ width, height, data }: RgbaFrame): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0; i < out.length; i += 1) out[i] = (data[i * 4]! * 77 + data[i * 4 + 1]! * 150 + data[i * 4 + 2]! * 29) >> 8;
  return out;
}

/**
 * The centre square of two thirds of the frame's shorter side (where a frame guide puts the code;
 * also qr-scanner's default scan region), resampled bilinearly to `size` pixels a side, as a
 * canvas's drawImage would before the pixels reach a worker.
 */
function centreSquare(frame: RgbaFrame, size: (side: number) => number): RgbaFrame {
  const side = Math.round((2 / 3) * Math.min(frame.width, frame.height));
  const left = Math.round((frame.width - side) / 2);
  const top = Math.round((frame.height - side) / 2);
  const out = size(side);
  const scale = side / out;
  const source = frame.data;
  const data = new Uint8ClampedArray(out * out * 4);
  for (let y = 0; y < out; y += 1) {
    const sy = Math.min(side - 1.001, Math.max(0, (y + 0.5) * scale - 0.5)) + top;
    const row = Math.floor(sy);
    const fy = sy - row;
    for (let x = 0; x < out; x += 1) {
      const sx = Math.min(side - 1.001, Math.max(0, (x + 0.5) * scale - 0.5)) + left;
      const column = Math.floor(sx);
      const fx = sx - column;
      const a = (row * frame.width + column) * 4;
      const b = a + frame.width * 4;
      for (let c = 0; c < 4; c += 1) {
        const upper = source[a + c]! * (1 - fx) + source[a + 4 + c]! * fx;
        const lower = source[b + c]! * (1 - fx) + source[b + 4 + c]! * fx;
        data[(y * out + x) * 4 + c] = upper * (1 - fy) + lower * fy;
      }
    }
  }
  return { width: out, height: out, data };
}

/** The same decoder on the frame guide's square, enlarged twice (small codes get bigger modules). */
function onGuideTwice(candidate: Candidate): Candidate {
  return { ...candidate, name: `${candidate.name} guide ×2`, prepare: (frame) => centreSquare(frame, (side) => 2 * side) };
}

/** qr-scanner's worker as it ships: the script inside its Blob, run in a sandbox with a fake `self`. */
function qrScannerWorker(from: string): (frame: RgbaFrame) => string | null {
  const source = readFileSync(join(dirname(resolver(from).path('qr-scanner/package.json')), 'qr-scanner-worker.min.js'), 'utf8');
  const literal = /new Blob\(\[(`[\s\S]*`)\]/.exec(source)?.[1];
  if (!literal) throw new Error('qr-scanner-worker.min.js: no worker script found');
  // The script is a template literal in the package's source: evaluate it to get the text the Blob holds.
  const script = runInThisContext(literal) as string;
  let reply: { data: string | null } | null = null;
  const self: Record<string, any> = { postMessage: (message: { data: string | null }) => (reply = message) };
  // Wrapped in a function so its declarations stay local: the worker's `self` is this object.
  (runInThisContext(`(function (self) {\n${script}\n})`) as (self: Record<string, any>) => void)(self);
  return (frame) => {
    reply = null;
    self.onmessage({ data: { id: 1, type: 'decode', data: frame } });
    return (reply as { data: string | null } | null)?.data ?? null;
  };
}

const JSQR: Candidate = {
  name: 'jsqr',
  spec: 'jsqr@1.4.0',
  async load(from) {
    const jsQR = (await resolver(from).load('jsqr')).default;
    // Dark code on a light screen: no need for jsQR's second, inverted pass.
    return async ({ data, width, height }) => jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  },
};

const NUINTUN: Candidate = {
  name: '@nuintun/qrcode',
  spec: '@nuintun/qrcode@5.0.3',
  async load(from) {
    const { binarize, Decoder, Detector, grayscale } = await resolver(from).load('@nuintun/qrcode');
    const detector = new Detector();
    const decoder = new Decoder();
    return async (frame) => {
      const candidates = detector.detect(binarize(grayscale(frame), frame.width, frame.height));
      // The detector yields possible code regions; tell it whether each one decoded.
      for (let current = candidates.next(); !current.done; ) {
        try {
          const text: string = decoder.decode(current.value.matrix).content;
          candidates.return?.(undefined);
          return text;
        } catch {
          current = candidates.next(false);
        }
      }
      return null;
    };
  },
};

function zxingWasm(name: string, extra: Record<string, unknown>): Candidate {
  return {
    name,
    spec: 'zxing-wasm@3.1.6',
    async load(from) {
      const { path, load } = resolver(from);
      const zxing = await load('zxing-wasm/reader');
      // In the browser the .wasm comes from a URL; here straight from the package.
      zxing.prepareZXingModule({ overrides: { wasmBinary: readFileSync(path('zxing-wasm/reader/zxing_reader.wasm')).buffer }, fireImmediately: true });
      const options = { formats: ['QRCode'], maxNumberOfSymbols: 1, tryHarder: true, ...extra };
      return async (frame) => ((await zxing.readBarcodes(frame, options)) as { isValid: boolean; text: string }[]).find((r) => r.isValid)?.text ?? null;
    },
  };
}

export const CANDIDATES: readonly Candidate[] = [
  zxingWasm('zxing-wasm', {}),
  // Its morphological-closing pass, off by default: does it help with noise and moiré, at what cost?
  zxingWasm('zxing-wasm +denoise', { tryDenoise: true }),
  onGuideTwice(zxingWasm('zxing-wasm', {})),
  JSQR,
  onGuideTwice(JSQR),
  {
    name: 'qr-scanner engine',
    spec: 'qr-scanner@1.4.2',
    async load(from) {
      const decode = qrScannerWorker(from);
      return async (frame) => decode(frame);
    },
  },
  {
    name: 'qr-scanner 400×400',
    spec: 'qr-scanner@1.4.2',
    prepare: (frame) => centreSquare(frame, () => 400),
    async load(from) {
      const decode = qrScannerWorker(from);
      return async (frame) => decode(frame);
    },
  },
  NUINTUN,
  onGuideTwice(NUINTUN),
  {
    name: 'rxing-wasm',
    spec: 'rxing-wasm@0.5.7',
    async load(from) {
      const rxing = await resolver(from).load('rxing-wasm');
      return async (frame) => {
        try {
          return rxing.decode_barcode(new Uint8Array(luma(frame).buffer), frame.width, frame.height, true, false).text();
        } catch {
          return null;
        }
      };
    },
  },
  {
    name: 'zbar-wasm',
    spec: '@undecaf/zbar-wasm@0.11.0',
    async load(from) {
      const zbar = await resolver(from).load('@undecaf/zbar-wasm');
      return async (frame) => {
        const symbols: { typeName: string; decode(): string }[] = await zbar.scanGrayBuffer(luma(frame).buffer, frame.width, frame.height);
        return symbols.find((symbol) => symbol.typeName === 'ZBAR_QRCODE')?.decode() ?? null;
      };
    },
  },
  {
    name: '@zxing/library',
    spec: '@zxing/library@0.23.0',
    async load(from) {
      const zx = await resolver(from).load('@zxing/library');
      const reader = new zx.QRCodeReader();
      const hints = new Map([[zx.DecodeHintType.TRY_HARDER, true]]);
      return async (frame) => {
        try {
          const source = new zx.RGBLuminanceSource(luma(frame), frame.width, frame.height);
          return reader.decode(new zx.BinaryBitmap(new zx.HybridBinarizer(source)), hints).getText();
        } catch {
          return null;
        }
      };
    },
  },
  {
    name: 'qr (paulmillr)',
    spec: 'qr@0.7.0',
    async load(from) {
      const { decodeQR } = await resolver(from).load('qr/decode.js');
      return async (frame) => {
        try {
          return decodeQR({ width: frame.width, height: frame.height, data: frame.data });
        } catch {
          return null;
        }
      };
    },
  },
];
