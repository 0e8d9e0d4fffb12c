// Paste the link: a box for the whole link (or a line of the e-mail around it), Seterusnya on Enter.
import type { FormEvent, KeyboardEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { describedBy, FieldError } from '../../components/FieldError.tsx';
import { errorMessage } from '../../i18n/errors.ts';
import { useT } from '../../i18n/use-t.ts';
import { useKeyboardOffered } from '../../keyboard/offer.ts';
import { useKiosk } from '../../store/index.ts';

export function PasteLink() {
  const text = useT();
  const linkInput = useKiosk((state) => state.linkInput);
  const setLinkInput = useKiosk((state) => state.setLinkInput);
  const openLink = useKiosk((state) => state.openLink);
  const busy = useKiosk((state) => state.busy);
  const error = useKiosk((state) => state.error);
  const fieldError = error?.code === 'invalid-link' ? errorMessage(error, text) : null;
  // Tampal is named only where the on-screen keyboard, which has it, is offered.
  const tampalOffered = useKeyboardOffered();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void openLink();
  };
  // A link has no line breaks: Enter in the box means "Seterusnya".
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void openLink();
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorNotice fieldCodes={['invalid-link']} onRetry={() => void openLink()} />
      <div className="field">
        <label htmlFor="activation-link">{text.link.label}</label>
        <p id="activation-link-hint" className="hint">
          {tampalOffered ? text.link.hint : text.link.hintNoOnScreenKeyboard}
        </p>
        <textarea
          id="activation-link"
          className="input input-link"
          rows={2}
          data-keyboard="link"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={linkInput}
          onChange={(event) => setLinkInput(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={fieldError !== null}
          aria-describedby={describedBy('activation-link-hint', fieldError !== null && 'activation-link-error')}
        />
        <FieldError id="activation-link-error" message={fieldError} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {text.app.next}
        </button>
      </div>
    </form>
  );
}
