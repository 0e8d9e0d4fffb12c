// Each language labelled in its own language; the current one is pressed.
import { useT } from '../i18n/use-t.ts';
import { languageNames, languageOrder } from '../i18n/languages.ts';
import { useKiosk } from '../store/index.ts';

export function LanguageSwitch() {
  const text = useT();
  const language = useKiosk((state) => state.language);
  const setLanguage = useKiosk((state) => state.setLanguage);
  return (
    <div className="language-switch" role="group" aria-label={text.app.languageGroup}>
      {languageOrder.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="button button-toggle"
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {languageNames[option]}
        </button>
      ))}
    </div>
  );
}
