import type { FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { describedBy, FieldError } from '../components/FieldError.tsx';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { errorMessage } from '../i18n/errors.ts';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';

export function IcScreen() {
  const text = useT();
  const icInput = useKiosk((state) => state.icInput);
  const setIcInput = useKiosk((state) => state.setIcInput);
  const submitIc = useKiosk((state) => state.submitIc);
  const busy = useKiosk((state) => state.busy);
  const error = useKiosk((state) => state.error);
  const fieldError = error?.code === 'invalid-ic-number' ? errorMessage(error, text) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submitIc();
  };

  return (
    <ScreenFrame step="ic" title={text.ic.title} canGoBack>
      <ErrorNotice fieldCodes={['invalid-ic-number']} onRetry={() => void submitIc()} />
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="ic-number">{text.ic.label}</label>
          <p id="ic-number-hint" className="hint">
            {text.ic.hint}
          </p>
          <input
            id="ic-number"
            className="input input-ic"
            type="text"
            inputMode="numeric"
            data-keyboard="numeric"
            autoComplete="off"
            spellCheck={false}
            value={icInput}
            onChange={(event) => setIcInput(event.target.value)}
            aria-invalid={fieldError !== null}
            aria-describedby={describedBy('ic-number-hint', fieldError !== null && 'ic-number-error')}
          />
          <FieldError id="ic-number-error" message={fieldError} />
        </div>
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {text.ic.submit}
          </button>
        </div>
      </form>
    </ScreenFrame>
  );
}
