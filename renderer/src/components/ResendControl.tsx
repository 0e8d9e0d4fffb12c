// "Hantar semula", held back with a visible countdown until the API's retry-after has passed.
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';
import { useSecondsUntil } from '../hooks/use-seconds-until.ts';

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
