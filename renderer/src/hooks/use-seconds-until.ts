// A visible countdown: whole seconds until a moment, re-rendered each second until it is reached.
import { useEffect, useState } from 'react';

export function useSecondsUntil(epochMs: number): number {
  const [, setTick] = useState(0);
  // Read at render, so a new moment (a new error's wait) is right at once, not a tick later.
  const remaining = Math.max(0, Math.ceil((epochMs - Date.now()) / 1000));
  useEffect(() => {
    if (remaining === 0) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => clearInterval(timer);
  }, [remaining]);
  return remaining;
}
