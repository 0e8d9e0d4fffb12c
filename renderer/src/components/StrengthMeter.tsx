// The strength bar with its level in words, and zxcvbn's warning and suggestions in the kiosk's
// language. aria-busy while the worker has not yet answered on the password as typed.
import { useT } from '../i18n/use-t.ts';
import type { PasswordVerdict } from '../strength/verdict.ts';

const SEGMENTS = [1, 2, 3, 4] as const;

export function StrengthMeter({ id, verdict, empty }: { readonly id: string; readonly verdict: PasswordVerdict; readonly empty: boolean }) {
  const text = useT();
  const { strength } = text.password;
  const { feedback } = verdict;
  return (
    <div id={id} className={`strength strength-${verdict.level}`} aria-busy={verdict.pending}>
      <p className="strength-label">
        {strength.title} <strong>{empty ? strength.empty : strength.levels[verdict.level]}</strong>
        {verdict.estimated && !empty && <span className="strength-checking"> {strength.checking}</span>}
      </p>
      <div className="strength-bar" aria-hidden="true">
        {SEGMENTS.map((segment) => (
          <span key={segment} className={segment <= verdict.score ? 'strength-segment strength-segment-on' : 'strength-segment'} />
        ))}
      </div>
      {verdict.unavailable && <p className="strength-unavailable">{strength.unavailable}</p>}
      {!empty && feedback && (feedback.warning || feedback.suggestions.length > 0) && (
        <ul className="strength-feedback">
          {feedback.warning && <li className="strength-warning">{text.strength.warnings[feedback.warning]}</li>}
          {feedback.suggestions.map((suggestion) => (
            <li key={suggestion}>{text.strength.suggestions[suggestion]}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
