// One activation request per IC number per window, registered or not, kept in memory only. IC
// numbers are remembered in the order they were asked for, so the expired ones are dropped from the
// front: a request costs the same however many IC numbers were asked for before it.

/** The wait between two activation requests for one IC number, unless the server is told otherwise. */
export const DEFAULT_RESEND_SECONDS = 60;

/** How many IC numbers it remembers at most; the per-address and overall limits keep it far below. */
const DEFAULT_CAPACITY = 100_000;

export class ResendLimiter {
  private readonly lastAt = new Map<string, number>();

  constructor(
    private readonly windowSeconds: number,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  /** 0 when `key` may go ahead (and its window starts now), else the whole seconds left to wait (≥ 1). */
  hit(key: string, now: Date): number {
    const nowMs = now.getTime();
    const windowMs = this.windowSeconds * 1000;
    for (const [seen, at] of this.lastAt) {
      if (nowMs - at < windowMs) break;
      this.lastAt.delete(seen);
    }
    const wait = this.waitFor(key, now);
    if (wait > 0) return wait;
    // Full: the oldest is forgotten early rather than memory growing with a spray.
    if (this.lastAt.size >= this.capacity) this.lastAt.delete(this.lastAt.keys().next().value!);
    this.lastAt.set(key, nowMs);
    return 0;
  }

  /** The whole seconds before `key` may go ahead (0 if it may now), without starting its window. */
  waitFor(key: string, now: Date): number {
    const at = this.lastAt.get(key);
    const left = at === undefined ? 0 : at + this.windowSeconds * 1000 - now.getTime();
    return left > 0 ? Math.max(1, Math.ceil(left / 1000)) : 0;
  }

  /** How many IC numbers it remembers now. */
  get size(): number {
    return this.lastAt.size;
  }
}
