import type { FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { IcNumberField } from '../components/IcNumberField.tsx';
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
        <IcNumberField id="ic-number" value={icInput} onChange={setIcInput} error={fieldError} />
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {text.ic.submit}
          </button>
        </div>
      </form>
    </ScreenFrame>
  );
}
