// What a webcam does to the light that reaches it: lens blur, motion during the exposure, sensor
// noise, the ISP's gamma, JPEG-like compression, a mirrored stream. Works on linear-light float
// planes; every random choice comes from the rng passed in, so a seed gives the same frame.

/** Linear light, 0 = black, 1 = the exposure's white; values above 1 saturate when encoded. */
export interface LinearImage {
  readonly width: number;
  readonly height: number;
  readonly planes: readonly [Float32Array, Float32Array, Float32Array];
}

/** The shape of an ImageData: what a canvas gives and what every decoder takes. */
export interface RgbaFrame {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

export function blankImage(width: number, height: number): LinearImage {
  const size = width * height;
  return { width, height, planes: [new Float32Array(size), new Float32Array(size), new Float32Array(size)] };
}

/** Convolves lines of a plane with a symmetric kernel: rows (step 1) or columns (step width); edges repeat. */
function convolveLines(source: Float32Array, target: Float32Array, lines: number, length: number, lineStep: number, step: number, kernel: Float32Array): void {
  const radius = (kernel.length - 1) / 2;
  const padded = new Float32Array(length + 2 * radius);
  for (let line = 0; line < lines; line += 1) {
    const base = line * lineStep;
    for (let i = 0; i < padded.length; i += 1) padded[i] = source[base + Math.min(length - 1, Math.max(0, i - radius)) * step]!;
    for (let i = 0; i < length; i += 1) {
      let sum = 0;
      for (let k = 0; k < kernel.length; k += 1) sum += padded[i + k]! * kernel[k]!;
      target[base + i * step] = sum;
    }
  }
}

/** Defocus: a Gaussian of standard deviation sigma (camera pixels), separable. */
export function defocus(image: LinearImage, sigma: number): void {
  if (sigma < 0.1) return;
  const radius = Math.ceil(3 * sigma);
  const kernel = Float32Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)));
  const total = kernel.reduce((sum, value) => sum + value, 0);
  kernel.forEach((value, i) => (kernel[i] = value / total));
  const { width, height } = image;
  const scratch = new Float32Array(width * height);
  for (const plane of image.planes) {
    convolveLines(plane, scratch, height, width, width, 1, kernel);
    convolveLines(scratch, plane, width, height, 1, width, kernel);
  }
}

/** Motion blur: the mean of the image shifted along a line of the given length (pixels) and angle. */
export function motionBlur(image: LinearImage, length: number, angle: number): void {
  if (length < 1) return;
  const { width, height } = image;
  const taps = Math.max(2, Math.ceil(length * 2));
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  for (const plane of image.planes) {
    const source = plane.slice();
    plane.fill(0);
    for (let tap = 0; tap < taps; tap += 1) {
      const offset = (tap / (taps - 1) - 0.5) * length;
      const ox = offset * dx;
      const oy = offset * dy;
      const fx = ox - Math.floor(ox);
      const fy = oy - Math.floor(oy);
      const ix = Math.floor(ox);
      const iy = Math.floor(oy);
      for (let y = 0; y < height; y += 1) {
        const y0 = Math.min(height - 1, Math.max(0, y + iy));
        const y1 = Math.min(height - 1, Math.max(0, y + iy + 1));
        for (let x = 0; x < width; x += 1) {
          const x0 = Math.min(width - 1, Math.max(0, x + ix));
          const x1 = Math.min(width - 1, Math.max(0, x + ix + 1));
          const top = source[y0 * width + x0]! * (1 - fx) + source[y0 * width + x1]! * fx;
          const bottom = source[y1 * width + x0]! * (1 - fx) + source[y1 * width + x1]! * fx;
          plane[y * width + x]! += (top * (1 - fy) + bottom * fy) / taps;
        }
      }
    }
  }
}

/** Standard normal deviates from a uniform rng (Box–Muller). */
function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/**
 * Sensor noise in linear light: a read-noise floor plus shot noise that grows with the signal,
 * after the exposure's gain (a dim scene with the gain turned up is noisier).
 */
export function sensorNoise(image: LinearImage, rng: () => number, readSigma: number, shotScale: number): void {
  if (readSigma <= 0 && shotScale <= 0) return;
  for (const plane of image.planes) {
    for (let i = 0; i < plane.length; i += 1) {
      const signal = Math.max(0, plane[i]!);
      plane[i] = signal + gaussian(rng) * Math.sqrt(readSigma * readSigma + shotScale * signal);
    }
  }
}

// Gamma encoding through a table: 4096 steps of linear light are finer than the 256 codes out.
const GAMMA_STEPS = 4096;
const GAMMA_TABLE = Uint8ClampedArray.from({ length: GAMMA_STEPS + 1 }, (_, i) => Math.round(255 * Math.pow(i / GAMMA_STEPS, 1 / 2.2)));
const encodeGamma = (linear: number) => GAMMA_TABLE[Math.round(Math.min(1, Math.max(0, linear)) * GAMMA_STEPS)]!;

/** The ISP's output: gamma-encoded 8-bit RGBA, optionally mirrored left to right (a front camera's stream). */
export function toRgba(image: LinearImage, mirrored = false): RgbaFrame {
  const { width, height, planes } = image;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const source = y * width + (mirrored ? width - 1 - x : x);
      const target = (y * width + x) * 4;
      data[target] = encodeGamma(planes[0][source]!);
      data[target + 1] = encodeGamma(planes[1][source]!);
      data[target + 2] = encodeGamma(planes[2][source]!);
      data[target + 3] = 255;
    }
  }
  return { width, height, data };
}

// The JPEG standard's luminance quantisation table (ITU-T T.81, Annex K, table K.1), row by row.
const LUMA_QUANT = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
  18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
// FORWARD[k * 8 + j]: the orthonormal DCT-II basis of frequency k at sample j; INVERSE is its transpose.
const FORWARD = Float64Array.from({ length: 64 }, (_, i) => {
  const [k, j] = [i >> 3, i & 7];
  return ((k === 0 ? Math.SQRT1_2 : 1) * Math.cos(((2 * j + 1) * k * Math.PI) / 16)) / 2;
});
const INVERSE = Float64Array.from({ length: 64 }, (_, i) => FORWARD[(i & 7) * 8 + (i >> 3)]!);

/** out = M * block * M^T for the 8x8 block: the 2-D transform, rows then columns. */
function transform8x8(block: Float64Array, matrix: Float64Array, out: Float64Array, rows: Float64Array): void {
  for (let r = 0; r < 8; r += 1) {
    for (let k = 0; k < 8; k += 1) {
      let sum = 0;
      for (let j = 0; j < 8; j += 1) sum += block[r * 8 + j]! * matrix[k * 8 + j]!;
      rows[r * 8 + k] = sum;
    }
  }
  for (let c = 0; c < 8; c += 1) {
    for (let k = 0; k < 8; k += 1) {
      let sum = 0;
      for (let j = 0; j < 8; j += 1) sum += rows[j * 8 + c]! * matrix[k * 8 + j]!;
      out[k * 8 + c] = sum;
    }
  }
}

/**
 * JPEG's loss on the luma of an encoded frame: 8x8 DCT blocks quantised with the standard table
 * at the given quality (1-100, libjpeg's scaling), and chroma averaged over 2x2 (4:2:0).
 */
export function jpegLoss(frame: RgbaFrame, quality: number): void {
  const { width, height, data } = frame;
  const scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
  const quant = LUMA_QUANT.map((q) => Math.min(255, Math.max(1, Math.floor((q * scale + 50) / 100))));
  const luma = new Float64Array(width * height);
  const cb = new Float64Array(width * height);
  const cr = new Float64Array(width * height);
  for (let i = 0; i < width * height; i += 1) {
    const r = data[i * 4]!;
    const g = data[i * 4 + 1]!;
    const b = data[i * 4 + 2]!;
    luma[i] = 0.299 * r + 0.587 * g + 0.114 * b;
    cb[i] = -0.168736 * r - 0.331264 * g + 0.5 * b;
    cr[i] = 0.5 * r - 0.418688 * g - 0.081312 * b;
  }
  const block = new Float64Array(64);
  const coefficients = new Float64Array(64);
  const rows = new Float64Array(64);
  for (let by = 0; by + 8 <= height; by += 8) {
    for (let bx = 0; bx + 8 <= width; bx += 8) {
      for (let k = 0; k < 64; k += 1) block[k] = luma[(by + (k >> 3)) * width + bx + (k & 7)]! - 128;
      transform8x8(block, FORWARD, coefficients, rows);
      for (let k = 0; k < 64; k += 1) coefficients[k] = Math.round(coefficients[k]! / quant[k]!) * quant[k]!;
      transform8x8(coefficients, INVERSE, block, rows);
      for (let k = 0; k < 64; k += 1) luma[(by + (k >> 3)) * width + bx + (k & 7)] = block[k]! + 128;
    }
  }
  for (let y = 0; y + 1 < height; y += 2) {
    for (let x = 0; x + 1 < width; x += 2) {
      const i = y * width + x;
      const meanCb = (cb[i]! + cb[i + 1]! + cb[i + width]! + cb[i + width + 1]!) / 4;
      const meanCr = (cr[i]! + cr[i + 1]! + cr[i + width]! + cr[i + width + 1]!) / 4;
      for (let cell = 0; cell < 4; cell += 1) {
        const at = i + (cell >> 1) * width + (cell & 1);
        data[at * 4] = luma[at]! + 1.402 * meanCr;
        data[at * 4 + 1] = luma[at]! - 0.344136 * meanCb - 0.714136 * meanCr;
        data[at * 4 + 2] = luma[at]! + 1.772 * meanCb;
      }
    }
  }
}
