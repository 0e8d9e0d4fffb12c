// A fake webcam for Chromium: a short video of a phone showing the activation e-mail's QR code,
// written as Y4M, which Chromium plays (looped) as the camera with
//   --use-fake-device-for-media-stream --use-file-for-fake-video-capture=<file.y4m>
// Y4M is a text header and raw 4:2:0 frames: no external tool, and the test builds its own video.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { RgbaFrame } from '../../bench/qr/camera-effects.ts';
import { cleanShot } from '../../bench/qr/scenarios.ts';
import { cameraFrame, screenFor, type Shot } from '../../bench/qr/synth.ts';
import type { ErrorCorrectionLevel } from '../../bench/qr/phone-screen.ts';
import { prng } from '../prng.ts';

export interface Video {
  readonly fps: number;
  readonly frames: readonly RgbaFrame[];
}

/** Chromium's switches for a camera that plays this file (plus no permission prompt in a plain browser). */
export const fakeCameraArgs = (y4mPath: string): string[] => [
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${y4mPath}`,
  '--use-fake-ui-for-media-stream',
];

/**
 * Writes the video as YUV4MPEG2, 4:2:0 with centred chroma (C420jpeg), BT.601 studio range
 * (Y 16-235, chroma 16-240): how Chromium reads I420 frames from the file.
 */
export function writeY4m(path: string, { fps, frames }: Video): void {
  const first = frames[0];
  if (!first) throw new Error('writeY4m: no frames');
  const { width, height } = first;
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error(`writeY4m: ${width}x${height} is not even; 4:2:0 needs even sides`);
  const file = openSync(path, 'w');
  try {
    writeSync(file, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    const planes = Buffer.alloc(width * height * 1.5);
    for (const frame of frames) {
      if (frame.width !== width || frame.height !== height) throw new Error('writeY4m: every frame must have the same size');
      encodeI420(frame, planes);
      writeSync(file, 'FRAME\n');
      writeSync(file, planes);
    }
  } finally {
    closeSync(file);
  }
}

function encodeI420({ width, height, data }: RgbaFrame, out: Buffer): void {
  const chromaWidth = width / 2;
  const uOffset = width * height;
  const vOffset = uOffset + chromaWidth * (height / 2);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      out[y * width + x] = Math.round(16 + (219 / 255) * (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!));
    }
  }
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      let [r, g, b] = [0, 0, 0];
      for (const i of [(y * width + x) * 4, (y * width + x + 1) * 4, ((y + 1) * width + x) * 4, ((y + 1) * width + x + 1) * 4]) {
        r += data[i]! / 4;
        g += data[i + 1]! / 4;
        b += data[i + 2]! / 4;
      }
      const at = (y / 2) * chromaWidth + x / 2;
      out[uOffset + at] = Math.round(128 + (224 / 255) * (-0.168736 * r - 0.331264 * g + 0.5 * b));
      out[vOffset + at] = Math.round(128 + (224 / 255) * (0.5 * r - 0.418688 * g - 0.081312 * b));
    }
  }
}

export interface PhoneVideoOptions {
  readonly width?: number;
  readonly height?: number;
  readonly fps?: number;
  /** Length before Chromium loops it. */
  readonly seconds?: number;
  /** The QR code's width in the frame once the phone is held still. */
  readonly qrWidth?: number;
  /** A front camera whose stream is flipped left to right. */
  readonly mirrored?: boolean;
  readonly errorCorrectionLevel?: ErrorCorrectionLevel;
  readonly seed?: number;
}

/**
 * A phone showing a QR code of `text`, brought into view from the lower right during the first
 * third (smaller, moving, blurred by the motion), then held up with a slight sway: a few frames
 * a decoder cannot read, then many it can, as at a counter.
 */
export function phoneScreenVideo(text: string, options: PhoneVideoOptions = {}): Video {
  const { width = 640, height = 480, fps = 15, seconds = 1.6, qrWidth = 120, mirrored = false, errorCorrectionLevel = 'M', seed = 1 } = options;
  const rng = prng(seed);
  const base: Shot = { ...cleanShot(rng, { width, height }), mirrored, errorCorrectionLevel };
  const screen = screenFor(text, base, seed);
  const count = Math.max(2, Math.round(fps * seconds));
  const arrival = Math.max(1, Math.round(count / 3));
  const frames: RgbaFrame[] = [];
  for (let index = 0; index < count; index += 1) {
    // 1 while coming into view, easing to 0 once held; then a gentle sway of a hand.
    const away = index < arrival ? (1 - index / arrival) ** 2 : 0;
    const sway = Math.sin((2 * Math.PI * index) / count);
    const speed = index < arrival ? (2 * (1 - index / arrival)) / arrival : 0;
    const shot: Shot = {
      ...base,
      pose: {
        ...base.pose,
        qrWidth: qrWidth * (1 - 0.35 * away),
        roll: base.pose.roll + 0.03 * sway + 0.3 * away,
        yaw: base.pose.yaw + 0.05 * sway,
        offsetX: 0.02 * sway + 0.45 * away,
        offsetY: 0.01 * sway + 0.4 * away,
      },
      motion: { length: Math.min(12, speed * width * 0.6), angle: Math.atan2(0.4 * height, 0.45 * width) },
    };
    frames.push(cameraFrame(screen, shot, seed + index));
  }
  return { fps, frames };
}
