// A webcam frame of a phone showing the activation e-mail's QR code, from a description of the
// shot. Pure TypeScript, deterministic: the same shot and seed give the same bytes.
import { prng } from '../../test/prng.ts';
import { defocus, jpegLoss, motionBlur, sensorNoise, toRgba, type RgbaFrame } from './camera-effects.ts';
import { photograph, type Light, type Pose } from './camera-view.ts';
import { drawPhoneScreen, type ErrorCorrectionLevel, type PhoneScreen } from './phone-screen.ts';

export interface Shot {
  readonly width: number;
  readonly height: number;
  readonly pose: Pose;
  readonly light: Light;
  /** Lens blur, standard deviation in camera pixels. */
  readonly defocus: number;
  /** Movement during the exposure, in camera pixels, and its direction. */
  readonly motion: { readonly length: number; readonly angle: number };
  /** Sensor noise: read-noise standard deviation and shot-noise scale, linear light. */
  readonly noise: { readonly read: number; readonly shot: number };
  /** JPEG quality of the camera's stream (MJPEG webcams), or null for raw frames. */
  readonly jpegQuality: number | null;
  /** A front camera's stream, flipped left to right. */
  readonly mirrored: boolean;
  readonly errorCorrectionLevel: ErrorCorrectionLevel;
  /** The symbol's width on the phone's screen, device pixels. */
  readonly qrScreenWidth: number;
}

/** The phone's screen for a link: draw it once and reuse it for the frames of a video. */
export function screenFor(link: string, shot: Pick<Shot, 'errorCorrectionLevel' | 'qrScreenWidth'>, seed: number): PhoneScreen {
  return drawPhoneScreen(link, prng(seed), { errorCorrectionLevel: shot.errorCorrectionLevel, qrScreenWidth: shot.qrScreenWidth });
}

/** What the camera delivers for this shot of this screen. */
export function cameraFrame(screen: PhoneScreen, shot: Shot, seed: number): RgbaFrame {
  const image = photograph(screen, shot.pose, shot.light, shot.width, shot.height);
  defocus(image, shot.defocus);
  motionBlur(image, shot.motion.length, shot.motion.angle);
  sensorNoise(image, prng(seed ^ 0x5eed), shot.noise.read, shot.noise.shot);
  const frame = toRgba(image, shot.mirrored);
  if (shot.jpegQuality !== null) jpegLoss(frame, shot.jpegQuality);
  return frame;
}

export function phoneScreenFrame(link: string, shot: Shot, seed: number): RgbaFrame {
  return cameraFrame(screenFor(link, shot, seed), shot, seed);
}
