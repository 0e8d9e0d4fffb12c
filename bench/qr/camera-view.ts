// The webcam's view of the phone: a pinhole camera looking at the phone's plane (rotated, tilted,
// at the distance that makes the QR code the asked-for width), each camera pixel integrated over
// a regular grid of samples. Sampling the screen's subpixel grid on that regular grid is what
// makes moiré, as in a real camera; a lamp's reflection on the glass is the glare.
import { blankImage, type LinearImage } from './camera-effects.ts';
import type { PhoneScreen } from './phone-screen.ts';

export interface Pose {
  /** The QR symbol's width in the frame, in camera pixels, were it facing the camera. */
  readonly qrWidth: number;
  /** In-plane rotation, tilt towards or away from the camera (about x), and turn (about y), radians. */
  readonly roll: number;
  readonly pitch: number;
  readonly yaw: number;
  /** Where the QR code's centre falls, as a fraction of the frame's size from its centre. */
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface Light {
  /** Screen black (ambient light reflected by the glass) and screen white, in linear light. */
  readonly screenBlack: number;
  readonly screenWhite: number;
  /** The camera's gain on everything. */
  readonly exposure: number;
  /** 0: the screen's pixel grid is invisible; 1: only the lit subpixels emit (strongest moiré). */
  readonly pixelGrid: number;
  /** A lamp's reflection on the glass: centre relative to the QR code's, radii in screen pixels, peak in screen whites. */
  readonly glare: { readonly offsetX: number; readonly offsetY: number; readonly radiusX: number; readonly radiusY: number; readonly angle: number; readonly peak: number } | null;
  /** What is behind the phone: a base colour and a soft gradient, linear light. */
  readonly background: readonly [number, number, number];
}

/** A webcam's 70° horizontal field of view. */
const FOCAL_PER_WIDTH = 0.5 / Math.tan((35 * Math.PI) / 180);
const BEZEL = 36;
const BODY_RADIUS = 120;
const SCREEN_RADIUS = 90;
const SAMPLES = 3;

const SRGB_TO_LINEAR = Float32Array.from({ length: 256 }, (_, v) => Math.pow(v / 255, 2.2));

function insideRounded(u: number, v: number, x0: number, y0: number, x1: number, y1: number, radius: number): boolean {
  if (u < x0 || u >= x1 || v < y0 || v >= y1) return false;
  const cx = Math.min(Math.max(u, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(v, y0 + radius), y1 - radius);
  return (u - cx) ** 2 + (v - cy) ** 2 <= radius * radius;
}

/** Rotation matrix columns of Rz(roll) * Rx(pitch) * Ry(yaw). */
function rotation(roll: number, pitch: number, yaw: number): number[][] {
  const [cr, sr, cp, sp, cy, sy] = [Math.cos(roll), Math.sin(roll), Math.cos(pitch), Math.sin(pitch), Math.cos(yaw), Math.sin(yaw)];
  const rz = [[cr, -sr, 0], [sr, cr, 0], [0, 0, 1]];
  const rx = [[1, 0, 0], [0, cp, -sp], [0, sp, cp]];
  const ry = [[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]];
  const multiply = (a: number[][], b: number[][]) => a.map((row) => [0, 1, 2].map((j) => row.reduce((sum, value, k) => sum + value * b[k]![j]!, 0)));
  const matrix = multiply(multiply(rz, rx), ry);
  return [0, 1, 2].map((j) => matrix.map((row) => row[j]!));
}

export function photograph(screen: PhoneScreen, pose: Pose, light: Light, width: number, height: number): LinearImage {
  const image = blankImage(width, height);
  const focal = FOCAL_PER_WIDTH * width;
  const [cx, cy] = [width / 2, height / 2];
  const qrCentreU = screen.qr.x + screen.qr.size / 2;
  const qrCentreV = screen.qr.y + screen.qr.size / 2;
  const distance = (focal * screen.qr.size) / pose.qrWidth;
  const [tx, ty, tz] = [(pose.offsetX * width * distance) / focal, (pose.offsetY * height * distance) / focal, distance];
  const [[ux, uy, uz], [vx, vy, vz], [nx, ny, nz]] = rotation(pose.roll, pose.pitch, pose.yaw) as [[number, number, number], [number, number, number], [number, number, number]];
  const planeOffset = tx * nx + ty * ny + tz * nz;
  const glare = light.glare ?? { offsetX: 0, offsetY: 0, radiusX: 1, radiusY: 1, angle: 0, peak: 0 };
  const [glareCos, glareSin] = [Math.cos(glare.angle), Math.sin(glare.angle)];
  const [glareU, glareV] = [qrCentreU + glare.offsetX, qrCentreV + glare.offsetY];
  const { screenBlack, exposure, pixelGrid, background } = light;
  const contrast = light.screenWhite - screenBlack;
  const { rgb, width: screenWidth, height: screenHeight } = screen;
  const [red, green, blue] = image.planes;
  const weight = exposure / (SAMPLES * SAMPLES);

  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      const shade = 0.75 + 0.25 * Math.sin((x / width) * 2.1 + (y / height) * 1.3);
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        const rayY = (y + (sy + 0.5) / SAMPLES - cy) / focal;
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const rayX = (x + (sx + 0.5) / SAMPLES - cx) / focal;
          const depth = planeOffset / (rayX * nx + rayY * ny + nz);
          const px = depth * rayX - tx;
          const py = depth * rayY - ty;
          const pz = depth - tz;
          const u = px * ux + py * uy + pz * uz + qrCentreU;
          const v = px * vx + py * vy + pz * vz + qrCentreV;
          if (!(depth > 0) || !insideRounded(u, v, -BEZEL, -BEZEL, screenWidth + BEZEL, screenHeight + BEZEL, BODY_RADIUS)) {
            r += background[0] * shade;
            g += background[1] * shade;
            b += background[2] * shade;
            continue;
          }
          let added = 0;
          if (glare.peak > 0) {
            const du = u - glareU;
            const dv = v - glareV;
            const along = (du * glareCos + dv * glareSin) / glare.radiusX;
            const across = (dv * glareCos - du * glareSin) / glare.radiusY;
            added = glare.peak * Math.exp(-0.5 * (along * along + across * across));
          }
          if (insideRounded(u, v, 0, 0, screenWidth, screenHeight, SCREEN_RADIUS)) {
            const i = (Math.floor(v) * screenWidth + Math.floor(u)) * 3;
            // The lit share of this point of the device pixel: R, G, B stripes, a dark gap between rows.
            const subpixel = Math.floor((u - Math.floor(u)) * 3);
            const lit = v - Math.floor(v) < 0.8 ? 3 / 0.8 : 0;
            const dark = 1 - pixelGrid;
            r += screenBlack + contrast * SRGB_TO_LINEAR[rgb[i]!]! * (dark + (subpixel === 0 ? pixelGrid * lit : 0)) + added;
            g += screenBlack + contrast * SRGB_TO_LINEAR[rgb[i + 1]!]! * (dark + (subpixel === 1 ? pixelGrid * lit : 0)) + added * 0.97;
            b += screenBlack + contrast * SRGB_TO_LINEAR[rgb[i + 2]!]! * (dark + (subpixel === 2 ? pixelGrid * lit : 0)) + added * 0.9;
          } else {
            r += 0.02 + added;
            g += 0.02 + added * 0.97;
            b += 0.02 + added * 0.9;
          }
        }
      }
      const i = y * width + x;
      red[i] = r * weight;
      green[i] = g * weight;
      blue[i] = b * weight;
    }
  }
  return image;
}
