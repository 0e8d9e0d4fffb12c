// The start screen's calm notice that the service cannot be reached; it looks again by itself
// (connectivity.ts) and disappears once the service answers.
import { useEffect, useState } from 'react';
import { bridge } from '../store/bridge.ts';
import { nextCheckDelayMs } from '../hooks/connectivity.ts';
import { afterFirstPaint } from '../boot/first-paint.ts';
import { useT } from '../i18n/use-t.ts';

export function ConnectivityNotice() {
  const text = useT();
  // Quiet until a check says otherwise: no flash of "offline" while the first check runs.
  const [reachable, setReachable] = useState(true);

  useEffect(() => {
    let failures = 0;
    let timer = 0;
    let stopped = false;
    const check = async () => {
      const result = await bridge.checkService({});
      if (stopped) return;
      const up = result.ok && result.value.reachable;
      failures = up ? 0 : failures + 1;
      setReachable(up);
      timer = window.setTimeout(() => void check(), nextCheckDelayMs(failures));
    };
    void afterFirstPaint().then(() => {
      if (!stopped) void check();
    });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, []);

  if (reachable) return null;
  return (
    <div className="notice notice-info" role="status">
      <p>{text.start.offline}</p>
    </div>
  );
}
