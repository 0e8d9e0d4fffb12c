// How often the start screen looks at the service: soon after a failure, backing off to every
// 30 s while it stays unreachable, and once a minute while it is fine, so a link that drops while
// nobody stands at the kiosk is noticed before the next person starts.
export const FIRST_RECHECK_MS = 2000;
export const MAX_RECHECK_MS = 30_000;
export const HEALTHY_RECHECK_MS = 60_000;

export function nextCheckDelayMs(failuresInARow: number): number {
  if (failuresInARow === 0) return HEALTHY_RECHECK_MS;
  return Math.min(MAX_RECHECK_MS, FIRST_RECHECK_MS * 2 ** (failuresInARow - 1));
}
