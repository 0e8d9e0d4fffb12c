import { ConnectivityNotice } from '../components/ConnectivityNotice.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';

export function StartScreen() {
  const text = useT();
  const start = useKiosk((state) => state.start);
  const chooseLink = useKiosk((state) => state.chooseLink);
  const loadAppInfo = useKiosk((state) => state.loadAppInfo);
  const hasError = useKiosk((state) => state.error !== null);
  const { stepIc, stepEmail, stepProfile, stepQuestions, stepPassword } = text.start;
  return (
    <ScreenFrame step="start" title={text.app.product}>
      {hasError && <ErrorNotice onRetry={() => void loadAppInfo()} />}
      <ConnectivityNotice />
      <p className="lead">{text.start.intro}</p>
      <ol className="step-list">
        {[stepIc, stepEmail, stepProfile, stepQuestions, stepPassword].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={start}>
          {text.start.begin}
        </button>
        <button type="button" className="button button-secondary" onClick={chooseLink}>
          {text.start.haveLink}
        </button>
      </div>
    </ScreenFrame>
  );
}
