// The difficulty classes the decoders are measured on. Each class takes the clean shot (a phone
// held up square to the camera, QR code about 100 px wide) and makes one thing worse, in three
// grades; "handheld" makes everything a little worse at once, as at a real counter.
import { prng } from '../../test/prng.ts';
import type { Shot } from './synth.ts';

export interface Scenario {
  readonly name: string;
  readonly grade: number;
  /** What the grade means, for the results table. */
  readonly detail: string;
  shot(rng: () => number, size: { width: number; height: number }): Shot;
}

const DEGREE = Math.PI / 180;
const between = (rng: () => number, low: number, high: number) => low + (high - low) * rng();
const inRange = (rng: () => number, [low, high]: readonly [number, number]) => between(rng, low, high);
const sign = (rng: () => number) => (rng() < 0.5 ? -1 : 1);

/** The control: square to the camera, sharp, well lit, a little sensor noise. */
export function cleanShot(rng: () => number, { width, height }: { width: number; height: number }): Shot {
  const grey = between(rng, 0.12, 0.4);
  return {
    width,
    height,
    pose: {
      qrWidth: between(rng, 95, 120),
      roll: between(rng, -8, 8) * DEGREE,
      pitch: between(rng, -8, 8) * DEGREE,
      yaw: between(rng, -8, 8) * DEGREE,
      offsetX: between(rng, -0.1, 0.1),
      offsetY: between(rng, -0.1, 0.1),
    },
    light: {
      screenBlack: 0.03,
      screenWhite: 0.85,
      exposure: 1,
      pixelGrid: 0,
      glare: null,
      background: [grey * between(rng, 0.8, 1.2), grey, grey * between(rng, 0.8, 1.2)],
    },
    defocus: 0.5,
    motion: { length: 0, angle: 0 },
    noise: { read: 0.004, shot: 0.0015 },
    jpegQuality: null,
    mirrored: false,
    errorCorrectionLevel: 'M',
    qrScreenWidth: between(rng, 480, 660),
  };
}

type Change = (shot: Shot, rng: () => number, grade: number) => Shot;

/** A glare blob near the code: radius as a share of the code's width on the screen, peak in screen whites. */
function withGlare(shot: Shot, rng: () => number, radius: number, peak: number): Shot {
  const size = shot.qrScreenWidth;
  const glare = {
    offsetX: between(rng, -0.3, 0.3) * size,
    offsetY: between(rng, -0.3, 0.3) * size,
    radiusX: radius * size,
    radiusY: radius * size * between(rng, 0.45, 1),
    angle: between(rng, 0, Math.PI),
    peak,
  };
  return { ...shot, light: { ...shot.light, glare } };
}

const CHANGES: Record<string, { details: readonly string[]; change: Change }> = {
  small: {
    details: ['QR 72-85 px', 'QR 62-72 px', 'QR 52-62 px'],
    change: (shot, rng, grade) => ({ ...shot, pose: { ...shot.pose, qrWidth: inRange(rng, ([[72, 85], [62, 72], [52, 62]] as const)[grade - 1]!) } }),
  },
  rotated: {
    details: ['10-25° in plane', '25-40° in plane', '40-50° in plane (diagonal)'],
    change: (shot, rng, grade) => {
      const [low, high] = ([[10, 25], [25, 40], [40, 50]] as const)[grade - 1]!;
      const quarterTurns = Math.floor(rng() * 4) * 90;
      return { ...shot, pose: { ...shot.pose, roll: (quarterTurns + sign(rng) * between(rng, low, high)) * DEGREE } };
    },
  },
  tilted: {
    details: ['tilted 20-30°', 'tilted 30-45°', 'tilted 45-60°'],
    change: (shot, rng, grade) => {
      const [low, high] = ([[20, 30], [30, 45], [45, 60]] as const)[grade - 1]!;
      const tilt = between(rng, low, high) * DEGREE;
      const direction = between(rng, 0, 2 * Math.PI);
      return { ...shot, pose: { ...shot.pose, pitch: tilt * Math.cos(direction), yaw: tilt * Math.sin(direction) } };
    },
  },
  defocus: {
    details: ['blur σ 0.8 px', 'blur σ 1.1 px', 'blur σ 1.4 px'],
    change: (shot, rng, grade) => ({ ...shot, defocus: [0.8, 1.1, 1.4][grade - 1]! * between(rng, 0.9, 1.1) }),
  },
  motion: {
    details: ['motion 2 px', 'motion 3.5 px', 'motion 5 px'],
    change: (shot, rng, grade) => ({ ...shot, motion: { length: [2, 3.5, 5][grade - 1]! * between(rng, 0.8, 1.2), angle: between(rng, 0, Math.PI) } }),
  },
  glare: {
    details: ['glare, radius 0.10 of the code, peak 1.3', 'glare, radius 0.13, peak 2', 'glare, radius 0.16, peak 3'],
    change: (shot, rng, grade) => withGlare(shot, rng, [0.1, 0.13, 0.16][grade - 1]!, [1.3, 2, 3][grade - 1]!),
  },
  'low-contrast': {
    details: ['screen 0.2-0.6', 'screen 0.3-0.5', 'screen 0.35-0.45'],
    change: (shot, _rng, grade) => {
      const [screenBlack, screenWhite] = ([[0.2, 0.6], [0.3, 0.5], [0.35, 0.45]] as const)[grade - 1]!;
      return { ...shot, light: { ...shot.light, screenBlack, screenWhite }, noise: { read: 0.006, shot: 0.002 } };
    },
  },
  moire: {
    details: ['pixel grid 0.35', 'pixel grid 0.65', 'pixel grid 1.0'],
    change: (shot, _rng, grade) => ({ ...shot, light: { ...shot.light, pixelGrid: [0.35, 0.65, 1][grade - 1]! } }),
  },
  noise: {
    details: ['noise σ 0.02', 'noise σ 0.04', 'noise σ 0.07'],
    change: (shot, _rng, grade) => ({ ...shot, noise: { read: [0.02, 0.04, 0.07][grade - 1]!, shot: 0.003 * grade } }),
  },
  jpeg: {
    details: ['JPEG quality 50', 'JPEG quality 30', 'JPEG quality 15'],
    change: (shot, _rng, grade) => ({ ...shot, jpegQuality: [50, 30, 15][grade - 1]! }),
  },
  mirrored: {
    details: ['front camera, mirrored'],
    change: (shot) => ({ ...shot, mirrored: true }),
  },
  handheld: {
    details: ['a bit of everything, mild', 'a bit of everything, medium', 'a bit of everything, hard'],
    change: (shot, rng, grade) => {
      const g = grade - 1;
      const tilt = inRange(rng, ([[5, 20], [10, 30], [20, 40]] as const)[g]!) * DEGREE;
      const direction = between(rng, 0, 2 * Math.PI);
      const moved: Shot = {
        ...shot,
        pose: {
          ...shot.pose,
          qrWidth: inRange(rng, ([[95, 125], [80, 105], [68, 88]] as const)[g]!),
          roll: between(rng, -180, 180) * DEGREE,
          pitch: tilt * Math.cos(direction),
          yaw: tilt * Math.sin(direction),
        },
        light: { ...shot.light, screenBlack: [0.05, 0.1, 0.16][g]!, screenWhite: [0.8, 0.7, 0.6][g]!, pixelGrid: [0.15, 0.3, 0.5][g]! },
        defocus: inRange(rng, ([[0.5, 0.8], [0.7, 1.0], [0.9, 1.2]] as const)[g]!),
        motion: { length: inRange(rng, ([[0, 1.5], [0.5, 2.5], [1, 3.5]] as const)[g]!), angle: between(rng, 0, Math.PI) },
        noise: { read: [0.008, 0.015, 0.025][g]!, shot: 0.003 },
        jpegQuality: [80, 60, 45][g]!,
      };
      return rng() < [0.2, 0.35, 0.5][g]! ? withGlare(moved, rng, [0.1, 0.12, 0.14][g]!, [1.3, 1.8, 2.5][g]!) : moved;
    },
  },
};

/** Every class and grade, "clean" first. */
export const SCENARIOS: readonly Scenario[] = [
  { name: 'clean', grade: 0, detail: 'square to the camera, sharp, lit', shot: cleanShot },
  ...Object.entries(CHANGES).flatMap(([name, { details, change }]) =>
    details.map((detail, index) => ({
      name,
      grade: index + 1,
      detail,
      shot: (rng: () => number, size: { width: number; height: number }) => change(cleanShot(rng, size), rng, index + 1),
    })),
  ),
];

/** The webcam sizes measured: every other frame is 640x480, the rest 1280x720. */
export const FRAME_SIZES = [{ width: 640, height: 480 }, { width: 1280, height: 720 }] as const;

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A link like the reference API's: 32 random bytes as 43 characters of base64url. */
export function activationLink(rng: () => number, origin = 'https://aktif.ispeks.example.gov.my'): string {
  const token = Array.from({ length: 43 }, () => TOKEN_ALPHABET[Math.floor(rng() * 64)]).join('');
  return `${origin}/activate?token=${token}`;
}

/** The link, shot and seed of the index-th frame of a scenario: the same every run. */
export function scenarioFrame(scenario: Scenario, index: number): { link: string; shot: Shot; seed: number } {
  const seed = (Array.from(`${scenario.name}/${scenario.grade}`).reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261) ^ (index * 2654435761)) >>> 0;
  const rng = prng(seed);
  const link = activationLink(rng);
  return { link, shot: scenario.shot(rng, FRAME_SIZES[index % FRAME_SIZES.length]!), seed };
}
