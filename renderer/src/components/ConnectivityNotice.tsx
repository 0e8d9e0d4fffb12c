// The start screen's calm notice that the service cannot be reached; it looks again by itself
// (connectivity.ts) and disappears once the service answers.
import { useEffect, useState } from 'react';
import { nextCheckDelayMs } from './connectivity.ts';
import { afterFirstPaint } from '../boot/first-paint.ts';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';

export function ConnectivityNotice() {
  const text = useT();
  const checkService = useKiosk((state) => state.checkService);
  // Quiet until a check says otherwise: no flash of "offline" while the first check runs.
  const [reachable, setReachable] = useState(true);

  useEffect(() => {
    let failures = 0;
    let timer = 0;
    let stopped = false;
    const check = async () => {
      const up = await checkService();
      if (stopped) return;
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
  }, [checkService]);

  if (reachable) return null;
  return (
    <div className="notice notice-info" role="status">
      <p>{text.start.offline}</p>
    </div>
  );
}
