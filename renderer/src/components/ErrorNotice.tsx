// The screen's error from the last call, said in words with what to do next.
import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/errors.ts';
import { errorMessage, recoveries, type Recovery } from '../i18n/errors.ts';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';
import { useSecondsUntil } from '../hooks/use-seconds-until.ts';

interface ErrorNoticeProps {
  /** Errors shown next to a field on this screen instead. */
  readonly fieldCodes?: readonly AppError['code'][];
  readonly onRetry?: () => void;
  /** What the screen adds to the message (the password screen: each rule the server refused). */
  readonly children?: ReactNode;
  /** The screen's own words and next step for an error, where the general ones would mislead; null for the rest. */
  readonly explain?: (error: AppError) => { readonly message: string; readonly recovery: Recovery } | null;
}

export function ErrorNotice({ fieldCodes = [], onRetry, children, explain }: ErrorNoticeProps) {
  const text = useT();
  const error = useKiosk((state) => state.error);
  const retryAt = useKiosk((state) => state.retryAt);
  const requestNewLink = useKiosk((state) => state.requestNewLink);
  const openLogin = useKiosk((state) => state.openLogin);
  const waitSeconds = useSecondsUntil(retryAt ?? 0);
  if (!error || fieldCodes.includes(error.code)) return null;
  const own = explain?.(error) ?? null;
  const recovery = own?.recovery ?? recoveries[error.code];

  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{text.app.errorPrefix}</strong> {own?.message ?? errorMessage(error, text)}
      </p>
      {error.code === 'tls' && (
        <p>
          {text.app.serviceAddress} <span className="url">{error.host}</span>
        </p>
      )}
      {children}
      {/* Ticks every second, so it is kept out of the alert's announcements. */}
      {recovery === 'wait' && waitSeconds > 0 && (
        <p className="hint" aria-live="off">
          {text.app.retryIn(waitSeconds)}
        </p>
      )}
      {recovery === 'new-link' && (
        <button type="button" className="button button-secondary" onClick={requestNewLink}>
          {text.app.newLink}
        </button>
      )}
      {recovery === 'login' && (
        <button type="button" className="button button-secondary" onClick={() => void openLogin()}>
          {text.app.login}
        </button>
      )}
      {(recovery === 'retry' || recovery === 'wait') && onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry} disabled={waitSeconds > 0}>
          {text.app.tryAgain}
        </button>
      )}
    </div>
  );
}
