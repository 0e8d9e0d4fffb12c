import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function Header() {
  const text = useT();
  const demo = useKiosk((state) => state.appInfo?.demo ?? false);
  const reset = useKiosk((state) => state.reset);
  return (
    <header className="site-header">
      <div className="brand">
        <p className="brand-name">{text.app.product}</p>
        {demo && <p className="demo-badge">{text.app.demo}</p>}
      </div>
      <div className="header-tools">
        <LanguageSwitch />
        <button type="button" className="button button-quiet" onClick={reset}>
          <span aria-hidden="true">↺</span>
          {text.app.startOver}
        </button>
      </div>
    </header>
  );
}
