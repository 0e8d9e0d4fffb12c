// Type the e-mail's short code. The IC number is the one sent in step 1; a person who came in with
// "Saya sudah menerima pautan" types it here too. Every refusal has its own words.
import type { FormEvent } from 'react';
import type { AppError } from '../../../../shared/errors.ts';
import { maskIcNumber } from '../../../../shared/ic-number.ts';
import { MAX_ACTIVATION_CODE_INPUT } from '../../../../shared/activation-code.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { describedBy, FieldError } from '../../components/FieldError.tsx';
import { IcNumberField } from '../../components/IcNumberField.tsx';
import { errorMessage } from '../../i18n/errors.ts';
import { useT } from '../../i18n/use-t.ts';
import { useKiosk } from '../../store/index.ts';

const REFUSALS = ['link-not-found', 'link-expired', 'link-used', 'rate-limited'] as const;
type Refusal = (typeof REFUSALS)[number];
const isRefusal = (code: string): code is Refusal => (REFUSALS as readonly string[]).includes(code);

export function CodeEntry() {
  const text = useT();
  const request = useKiosk((state) => state.wizard.request);
  const codeInput = useKiosk((state) => state.codeInput);
  const setCodeInput = useKiosk((state) => state.setCodeInput);
  const codeIcInput = useKiosk((state) => state.codeIcInput);
  const setCodeIcInput = useKiosk((state) => state.setCodeIcInput);
  const openWithCode = useKiosk((state) => state.openWithCode);
  const busy = useKiosk((state) => state.busy);
  const error = useKiosk((state) => state.error);
  const icError = error?.code === 'invalid-ic-number' ? errorMessage(error, text) : null;
  const codeError = error?.code === 'invalid-code' ? errorMessage(error, text) : null;
  const notMatched = error?.code === 'link-not-found';
  // The service's refusals said of the code, not of a link: a code that does not match is typed
  // again; one expired, used, or locked after too many wrong tries needs a new e-mail.
  const explainRefusal = (refused: AppError) =>
    isRefusal(refused.code) ? { message: text.code.refused[refused.code], recovery: refused.code === 'link-not-found' ? ('fix-input' as const) : ('new-link' as const) } : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void openWithCode();
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="hint">{text.code.intro}</p>
      <ErrorNotice fieldCodes={['invalid-ic-number', 'invalid-code']} onRetry={() => void openWithCode()} explain={explainRefusal} />
      {request ? (
        <p>
          {text.link.forIc} <strong className="ic-masked">{maskIcNumber(request.icNumber)}</strong>
        </p>
      ) : (
        <IcNumberField id="code-ic-number" value={codeIcInput} onChange={setCodeIcInput} error={icError} />
      )}
      <div className="field">
        <label htmlFor="activation-code">{text.code.label}</label>
        <p id="activation-code-hint" className="hint">
          {text.code.hint}
        </p>
        <input
          id="activation-code"
          className="input input-code"
          type="text"
          data-keyboard="code"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={MAX_ACTIVATION_CODE_INPUT}
          value={codeInput}
          onChange={(event) => setCodeInput(event.target.value)}
          aria-invalid={codeError !== null || notMatched}
          aria-describedby={describedBy('activation-code-hint', codeError !== null && 'activation-code-error')}
        />
        <FieldError id="activation-code-error" message={codeError} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {text.app.next}
        </button>
      </div>
    </form>
  );
}
