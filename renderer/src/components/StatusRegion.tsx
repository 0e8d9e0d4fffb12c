// Always in the page, so what it says is announced without moving focus (WCAG 4.1.3).
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';

export function StatusRegion() {
  const text = useT();
  const busy = useKiosk((state) => state.busy);
  const notice = useKiosk((state) => state.notice);
  const message = busy ? text.app.busy : notice === 'resent' ? text.link.resent : '';
  return (
    <div className={busy ? 'status status-busy' : 'status'} role="status" aria-live="polite">
      {message}
    </div>
  );
}
