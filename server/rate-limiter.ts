// One activation request per IC number per window, registered or not, kept in memory only.

export class RateLimiter {
  private readonly lastAt = new Map<string, number>();

  constructor(private readonly windowSeconds: number) {}

  /** 0 when `key` may go ahead (and its window starts now), else the whole seconds left to wait (≥ 1). */
  hit(key: string, now: Date): number {
    const nowMs = now.getTime();
    const windowMs = this.windowSeconds * 1000;
    for (const [seen, at] of this.lastAt) if (nowMs - at >= windowMs) this.lastAt.delete(seen);
    const at = this.lastAt.get(key);
    if (at !== undefined) return Math.max(1, Math.ceil((at + windowMs - nowMs) / 1000));
    this.lastAt.set(key, nowMs);
    return 0;
  }
}
