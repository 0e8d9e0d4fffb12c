// "Hantar semula", held back with a visible countdown until the API's retry-after has passed.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store.ts';

function useSecondsUntil(epochMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  const remaining = Math.max(0, Math.ceil((epochMs - now) / 1000));
  useEffect(() => {
    if (remaining === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [remaining]);
  return remaining;
}

export function ResendControl({ availableAt }: { readonly availableAt: number }) {
  const text = useT();
  const resend = useKiosk((state) => state.resend);
  const busy = useKiosk((state) => state.busy);
  const seconds = useSecondsUntil(availableAt);
  return (
    <div className="resend">
      <button
        type="button"
        className="button button-secondary"
        disabled={seconds > 0}
        aria-disabled={busy}
        aria-describedby={seconds > 0 ? 'resend-wait' : undefined}
        onClick={() => void resend()}
      >
        {text.link.resend}
      </button>
      {seconds > 0 && (
        <p id="resend-wait" className="hint">
          {text.link.resendWait(seconds)}
        </p>
      )}
    </div>
  );
}
