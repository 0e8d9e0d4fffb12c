// Wrong short codes per IC number, registered or not, in memory only. Each exchange takes an
// attempt before its code is checked, so guesses sent all at once cannot overtake the count; an
// exchange whose code matched gives its attempt back. A new e-mail for the IC number clears it.

/** Wrong codes one IC number may send before its codes stop working until a new e-mail. */
export const WRONG_CODES_ALLOWED = 5;

/** How many IC numbers it remembers at most; the per-address limits keep it far below. */
const DEFAULT_CAPACITY = 100_000;

export class CodeAttempts {
  // Oldest attempt first, so what has been forgotten is dropped from the front.
  private readonly taken = new Map<string, { count: number; at: number }>();

  /**
   * @param forgetAfterSeconds the links' lifetime: every link an IC number had when its count last
   *   grew has expired by then, so no code the count stopped can work again.
   */
  constructor(
    private readonly forgetAfterSeconds: number,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  /** Takes an attempt for `key`; false when its wrong codes are used up. */
  take(key: string, now: Date): boolean {
    const nowMs = now.getTime();
    for (const [seen, { at }] of this.taken) {
      if (nowMs - at < this.forgetAfterSeconds * 1000) break;
      this.taken.delete(seen);
    }
    const count = this.taken.get(key)?.count ?? 0;
    if (count >= WRONG_CODES_ALLOWED) return false;
    this.taken.delete(key);
    if (this.taken.size >= this.capacity) this.taken.delete(this.taken.keys().next().value!);
    this.taken.set(key, { count: count + 1, at: nowMs });
    return true;
  }

  /** The code matched: the attempt was not a wrong one. */
  giveBack(key: string): void {
    const entry = this.taken.get(key);
    if (entry) entry.count = Math.max(0, entry.count - 1);
  }

  clear(key: string): void {
    this.taken.delete(key);
  }

  /** How many IC numbers it remembers now. */
  get size(): number {
    return this.taken.size;
  }
}
