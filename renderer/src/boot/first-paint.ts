// The kiosk's start-up work waits until the start screen is on the glass: asking main for its
// settings and for a link waiting from the e-mail, the service check, and fetching the later
// screens and English. Done earlier, it held the start screen back (bench/ui.bench.ts; traced: the
// bridge's first calls and the chunks' evaluation ran between React's commit and the frame, and then
// took the two cores from the rasterising of that frame). Nobody presses anything before they see it.

/**
 * Should the screen never be shown (a window hidden for good), start-up waits no longer than this.
 * Electron's window is created hidden and shown on 'ready-to-show', which its first paint fires; the
 * first contentful paint is reported once a frame is presented, at the latest once it is shown
 * (electron/electron#32001: on Windows and Linux, a window that starts hidden may present nothing
 * before that).
 */
const FIRST_PAINT_FALLBACK_MS = 1000;

let painted: Promise<void> | undefined;

/**
 * Resolves once the first screen has been shown: the browser's first contentful paint, which is the
 * start screen (built into index.html; nothing else is in the page). Chromium, and so Electron,
 * reports it; elsewhere the fallback answers. Every later call gets the same, settled promise.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    const fallback = window.setTimeout(resolve, FIRST_PAINT_FALLBACK_MS);
    // Buffered: the start screen is usually shown before the page's script has even run.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      window.clearTimeout(fallback);
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
  return painted;
}
