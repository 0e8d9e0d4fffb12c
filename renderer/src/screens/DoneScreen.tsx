import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store.ts';

export function DoneScreen() {
  const text = useT();
  const openLogin = useKiosk((state) => state.openLogin);
  const busy = useKiosk((state) => state.busy);
  const fallbackUrl = useKiosk((state) => state.loginFallbackUrl);
  return (
    <ScreenFrame step="done" title={text.done.title}>
      <div className="notice notice-success">
        <p>
          <span aria-hidden="true">✓ </span>
          {text.done.message}
        </p>
      </div>
      <ErrorNotice onRetry={() => void openLogin()} />
      {fallbackUrl && (
        <p className="notice notice-info">
          {text.done.notOpened} <span className="url">{fallbackUrl}</span>
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" aria-disabled={busy} onClick={() => void openLogin()}>
          {text.app.login}
        </button>
      </div>
    </ScreenFrame>
  );
}
