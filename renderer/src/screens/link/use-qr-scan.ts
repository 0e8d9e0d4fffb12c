// The camera, for as long as the scan view is open: main is told first (it lets the page have the
// camera only then), every track is stopped when a code is read, when the view closes (another way,
// Back, Mula semula, the idle reset) or when the camera fails, and no frame is kept anywhere.
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { qrScanner } from '../../scanner/index.ts';
import { useKiosk } from '../../store/index.ts';

export type CameraProblem = 'denied' | 'busy' | 'gone' | 'failed';
export type ScanState = { kind: 'starting' } | { kind: 'looking' } | { kind: 'read' } | { kind: 'problem'; problem: CameraProblem };

/** A few frames a second is plenty for a code held still, and leaves the page's thread free. */
const SCAN_INTERVAL_MS = 150;
/** getUserMedia's errors, as the person can act on them. */
function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'gone';
  return 'failed';
}

/**
 * The frame guide's square of the current frame (the centre two thirds of its shorter side, which the
 * preview outlines), at twice its size: what the decoder reads best (docs/qr-decoders.md). Null before
 * the video has a frame.
 */
function grab(video: HTMLVideoElement): Promise<ImageBitmap> | null {
  const { videoWidth: width, videoHeight: height } = video;
  if (width === 0 || height === 0) return null;
  const side = Math.round((2 / 3) * Math.min(width, height));
  return createImageBitmap(video, Math.round((width - side) / 2), Math.round((height - side) / 2), side, side, {
    resizeWidth: 2 * side,
    resizeHeight: 2 * side,
    resizeQuality: 'low',
  });
}

/**
 * Starts the camera and reads frames until a QR code's text comes out, which goes to `onRead`.
 * `attempt` restarts it (Imbas semula). `mirrored` is true for a camera facing the person, so the
 * preview moves the way their hand does.
 */
export function useQrScan(onRead: (text: string) => void, attempt: number): { state: ScanState; video: RefObject<HTMLVideoElement | null>; mirrored: boolean } {
  const setScanView = useKiosk((state) => state.setScanView);
  const [state, setState] = useState<ScanState>({ kind: 'starting' });
  const [mirrored, setMirrored] = useState(true);
  const video = useRef<HTMLVideoElement>(null);
  const read = useRef(onRead);
  read.current = onRead;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer = 0;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
      if (video.current) video.current.srcObject = null;
      void setScanView(false);
    };
    const fail = (problem: CameraProblem) => {
      stop();
      setState({ kind: 'problem', problem });
    };

    const tick = async () => {
      const element = video.current;
      const frame = element ? await (grab(element) ?? Promise.resolve(null)).catch(() => null) : null;
      if (frame && stopped) frame.close();
      const text = frame && !stopped ? await qrScanner.scan(frame) : null;
      if (stopped) return;
      if (text === 'failed') return fail('failed');
      if (text !== null) {
        stop();
        setState({ kind: 'read' });
        read.current(text);
        return;
      }
      timer = window.setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    };

    const start = async () => {
      setState({ kind: 'starting' });
      if (!(await setScanView(true))) return fail('denied');
      if (stopped) return;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: { width: { ideal: 1280 }, height: { ideal: 720 } } });
      } catch (error) {
        return fail(problemOf(error));
      }
      if (stopped) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      const [track] = stream.getVideoTracks();
      // Unplugged, or taken by the system: the preview freezes without this.
      track?.addEventListener('ended', () => fail('gone'));
      setMirrored(track?.getSettings().facingMode !== 'environment');
      const element = video.current;
      if (!element) return stop();
      element.srcObject = stream;
      try {
        await element.play();
      } catch {
        if (!stopped) fail('failed');
        return;
      }
      if (stopped) return;
      setState({ kind: 'looking' });
      void tick();
    };

    void start();
    return stop;
  }, [attempt, setScanView]);

  return { state, video, mirrored };
}
