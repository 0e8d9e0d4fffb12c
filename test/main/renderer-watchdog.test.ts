import { describe, expect, it } from 'vitest';
import { createRendererWatchdog, WATCHDOG } from '../../main/renderer-watchdog.ts';

function harness() {
  let now = 0;
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  const log: string[] = [];
  const watchdog = createRendererWatchdog({
    reload: () => log.push(`reload@${now}`),
    terminate: () => log.push(`terminate@${now}`),
    giveUp: () => log.push(`give-up@${now}`),
    now: () => now,
    schedule: (run, delayMs) => {
      const timer = { at: now + delayMs, run, cancelled: false };
      timers.push(timer);
      return { cancel: () => void (timer.cancelled = true) };
    },
  });
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => !t.cancelled && t.at <= now)) {
      timer.cancelled = true;
      timer.run();
    }
  };
  return { watchdog, log, advance };
}

describe('renderer watchdog', () => {
  it('reloads a crashed renderer after a pause that doubles with each crash', () => {
    const { watchdog, log, advance } = harness();
    watchdog.crashed();
    advance(999);
    expect(log).toEqual([]);
    advance(1);
    watchdog.crashed();
    advance(2000);
    watchdog.crashed();
    advance(4000);
    expect(log).toEqual(['reload@1000', 'reload@3000', 'reload@7000']);
  });

  it('stops reloading after repeated crashes and asks for IT instead of looping', () => {
    const { watchdog, log, advance } = harness();
    for (let i = 0; i <= WATCHDOG.maxCrashes; i += 1) {
      watchdog.crashed();
      advance(60_000);
    }
    expect(log.filter((l) => l.startsWith('reload'))).toHaveLength(WATCHDOG.maxCrashes);
    expect(log.at(-1)).toMatch(/^give-up/);
    watchdog.crashed();
    advance(60_000);
    expect(log.filter((l) => l.startsWith('give-up'))).toHaveLength(1);
  });

  it('forgets crashes older than its window', () => {
    const { watchdog, log, advance } = harness();
    for (let i = 0; i < 10; i += 1) {
      watchdog.crashed();
      advance(WATCHDOG.windowMs);
    }
    expect(log.some((l) => l.startsWith('give-up'))).toBe(false);
  });

  it('terminates a renderer that stays hung, and leaves one that recovers', () => {
    const { watchdog, log, advance } = harness();
    watchdog.unresponsive();
    advance(WATCHDOG.hungForMs - 1);
    watchdog.responsive();
    advance(WATCHDOG.hungForMs);
    expect(log).toEqual([]);
    watchdog.unresponsive();
    watchdog.unresponsive();
    advance(WATCHDOG.hungForMs);
    expect(log).toEqual([`terminate@${3 * WATCHDOG.hungForMs - 1}`]);
  });
});
