import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';

export function DoneScreen() {
  const text = useT();
  const openLogin = useKiosk((state) => state.openLogin);
  const busy = useKiosk((state) => state.busy);
  const fallbackUrl = useKiosk((state) => state.loginFallbackUrl);
  // A counter kiosk shows the address by design; on a desktop it is the fallback of a failed browser.
  const showsAddress = useKiosk((state) => state.appInfo?.loginAction === 'show-address');
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
          {showsAddress ? text.done.showAddress : text.done.notOpened} <span className="url">{fallbackUrl}</span>
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
