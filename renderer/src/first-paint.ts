// The kiosk's start-up work waits until the start screen is on the glass: asking main for its
// settings and for a link waiting from the e-mail, the service check, and fetching the later
// screens and English. Done in the same frame, it held the start screen back by 60-100 ms on the
// reference machine (bench/ui.bench.ts; traced: the bridge's first calls and the chunks' evaluation
// ran between React's commit and the frame). Nobody presses anything in that first frame.

/**
 * Should no animation frame come, start-up waits no longer than this. Electron's window, created
 * hidden until 'ready-to-show', still paints (paintWhenInitiallyHidden, true by default), so frames
 * do come there; this is for a window hidden for good.
 */
export const FIRST_PAINT_FALLBACK_MS = 1000;

let painted: Promise<void> | undefined;

/**
 * Resolves once the first screen has been painted: the next animation frame, then a task after it.
 * Call it only after React's first commit (from an effect or a handler), so that frame carries the
 * screen; every later call gets the same, already settled promise.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    const fallback = window.setTimeout(resolve, FIRST_PAINT_FALLBACK_MS);
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
  return painted;
}
