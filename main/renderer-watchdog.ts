// A crashed or hung renderer comes back on the start screen, after a growing pause; one that
// keeps crashing gets a screen for IT instead of an endless loop.
export interface WatchdogActions {
  /** Loads the app's start page afresh. */
  readonly reload: () => void;
  /** Kills a renderer that stopped answering; its `render-process-gone` then counts as a crash. */
  readonly terminate: () => void;
  /** Shows the screen that asks for IT. */
  readonly giveUp: () => void;
  readonly now: () => number;
  readonly schedule: (run: () => void, delayMs: number) => { cancel(): void };
}

export const WATCHDOG = {
  /** More crashes than this within the window and the kiosk stops retrying. */
  maxCrashes: 3,
  windowMs: 10 * 60_000,
  firstDelayMs: 1_000,
  hungForMs: 15_000,
} as const;

export function createRendererWatchdog(actions: WatchdogActions) {
  let crashes: number[] = [];
  let hung: { cancel(): void } | null = null;
  let pendingReload: { cancel(): void } | null = null;
  let gaveUp = false;

  const crashed = () => {
    hung?.cancel();
    hung = null;
    if (gaveUp) return;
    const now = actions.now();
    crashes = [...crashes.filter((at) => now - at < WATCHDOG.windowMs), now];
    if (crashes.length > WATCHDOG.maxCrashes) {
      gaveUp = true;
      pendingReload?.cancel();
      actions.giveUp();
      return;
    }
    pendingReload?.cancel();
    pendingReload = actions.schedule(() => {
      pendingReload = null;
      actions.reload();
    }, WATCHDOG.firstDelayMs * 2 ** (crashes.length - 1));
  };

  return {
    crashed,
    unresponsive() {
      hung ??= actions.schedule(() => {
        hung = null;
        actions.terminate();
      }, WATCHDOG.hungForMs);
    },
    responsive() {
      hung?.cancel();
      hung = null;
    },
  };
}
