import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { describedBy, FieldError } from '../components/FieldError.tsx';
import { PasswordChecklist } from '../components/PasswordChecklist.tsx';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { useT } from '../i18n/use-t.ts';
import { isPasswordReady } from '../readiness.ts';
import { useKiosk } from '../store.ts';

export function PasswordScreen() {
  const text = useT();
  const policy = useKiosk((state) => state.wizard.activation?.passwordPolicy);
  const password = useKiosk((state) => state.password);
  const repeat = useKiosk((state) => state.repeat);
  const showPassword = useKiosk((state) => state.showPassword);
  const setPassword = useKiosk((state) => state.setPassword);
  const setRepeat = useKiosk((state) => state.setRepeat);
  const toggleShowPassword = useKiosk((state) => state.toggleShowPassword);
  const complete = useKiosk((state) => state.complete);
  const busy = useKiosk((state) => state.busy);
  const [attempted, setAttempted] = useState(false);
  if (!policy) return null;

  const ready = isPasswordReady(password, repeat, policy);
  const mismatch = repeat.length > 0 && repeat !== password;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    void complete();
  };
  const fieldType = showPassword ? 'text' : 'password';

  return (
    <ScreenFrame step="password" title={text.password.title} canGoBack>
      <ErrorNotice onRetry={() => void complete()} />
      <form className="form password-form" onSubmit={submit} noValidate>
        <div className="password-fields">
          <div className="field">
            <label htmlFor="new-password">{text.password.password}</label>
            <input
              id="new-password"
              className="input"
              type={fieldType}
              autoComplete="new-password"
              autoCapitalize="none"
              spellCheck={false}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-describedby="password-rules"
            />
          </div>
          <div className="field">
            <label htmlFor="repeat-password">{text.password.repeat}</label>
            <input
              id="repeat-password"
              className="input"
              type={fieldType}
              autoComplete="new-password"
              autoCapitalize="none"
              spellCheck={false}
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
              aria-invalid={mismatch}
              aria-describedby={describedBy(mismatch && 'repeat-password-error')}
            />
            <FieldError id="repeat-password-error" message={mismatch ? text.password.mismatch : null} />
          </div>
          <button type="button" className="button button-quiet show-password" onClick={toggleShowPassword}>
            {showPassword ? text.password.hide : text.password.show}
          </button>
        </div>
        <PasswordChecklist id="password-rules" password={password} repeat={repeat} policy={policy} />
        <FieldError id="password-not-ready" message={attempted && !ready ? text.password.notReady : null} />
        <div className="actions actions-separated">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {text.password.submit}
          </button>
        </div>
      </form>
    </ScreenFrame>
  );
}
