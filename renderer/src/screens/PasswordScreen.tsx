import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { FieldError } from '../components/FieldError.tsx';
import { PasswordAnnouncer } from '../components/PasswordAnnouncer.tsx';
import { PasswordChecklist } from '../components/PasswordChecklist.tsx';
import { checklistItems } from '../components/password-checklist-items.ts';
import { PasswordField } from '../components/PasswordField.tsx';
import { PolicyViolations } from '../components/PolicyViolations.tsx';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { StrengthMeter } from '../components/StrengthMeter.tsx';
import { useT } from '../i18n/use-t.ts';
import { passwordsMatch, passwordVerdictOf } from '../store/readiness.ts';
import { useKiosk } from '../store/index.ts';

export function PasswordScreen() {
  const text = useT();
  const wizard = useKiosk((state) => state.wizard);
  const rows = useKiosk((state) => state.rows);
  const appInfo = useKiosk((state) => state.appInfo);
  const password = useKiosk((state) => state.password);
  const repeat = useKiosk((state) => state.repeat);
  const strength = useKiosk((state) => state.strength);
  const showPassword = useKiosk((state) => state.showPassword);
  const setPassword = useKiosk((state) => state.setPassword);
  const setRepeat = useKiosk((state) => state.setRepeat);
  const toggleShowPassword = useKiosk((state) => state.toggleShowPassword);
  const assessPassword = useKiosk((state) => state.assessPassword);
  const complete = useKiosk((state) => state.complete);
  const busy = useKiosk((state) => state.busy);
  const [attempted, setAttempted] = useState(false);
  const verdict = useMemo(
    () => passwordVerdictOf({ wizard, rows, appInfo, password, repeat, strength }),
    [wizard, rows, appInfo, password, repeat, strength],
  );

  // A password already there (back from the questions) is assessed once; each keystroke is asked
  // about in its handler, so the worker starts while the page paints.
  useEffect(() => void assessPassword(), [assessPassword]);
  const typePassword = useCallback(
    (value: string) => {
      setPassword(value);
      void assessPassword();
    },
    [setPassword, assessPassword],
  );

  const policy = wizard.activation?.passwordPolicy;
  if (!policy || !verdict) return null;

  const matches = passwordsMatch(password, repeat);
  const mismatch = repeat.length > 0 && !matches;
  const items = checklistItems(verdict, password, matches, text, policy);
  const notReady = attempted && !verdict.pending && !(verdict.ready && matches);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    void complete();
  };

  return (
    <ScreenFrame step="password" title={text.password.title} canGoBack>
      <ErrorNotice onRetry={() => void complete()}>
        <PolicyViolations />
      </ErrorNotice>
      <form className="form password-form" onSubmit={submit} noValidate>
        <div className="password-fields">
          <PasswordField
            id="new-password"
            label={text.password.password}
            value={password}
            visible={showPassword}
            maxLength={policy.maxLength}
            onChange={typePassword}
            describedBy="password-strength password-rules"
          >
            <StrengthMeter id="password-strength" verdict={verdict} empty={password === ''} />
          </PasswordField>
          <PasswordField
            id="repeat-password"
            label={text.password.repeat}
            value={repeat}
            visible={showPassword}
            maxLength={policy.maxLength}
            onChange={setRepeat}
            error={mismatch ? text.password.mismatch : null}
          />
          <button type="button" className="button button-quiet show-password" onClick={toggleShowPassword}>
            {showPassword ? text.password.hide : text.password.show}
          </button>
          <p className="hint">{text.password.advice}</p>
        </div>
        <PasswordChecklist id="password-rules" items={items} />
        <PasswordAnnouncer level={text.password.strength.levels[verdict.level]} items={items} active={password !== ''} />
        <FieldError id="password-not-ready" message={notReady ? text.password.notReady : null} />
        <div className="actions actions-separated">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {text.password.submit}
          </button>
        </div>
      </form>
    </ScreenFrame>
  );
}
