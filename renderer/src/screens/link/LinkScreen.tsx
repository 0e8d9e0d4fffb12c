import type { FormEvent, KeyboardEvent } from 'react';
import { maskIcNumber } from '../../../shared/ic-number.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { describedBy, FieldError } from '../components/FieldError.tsx';
import { ResendControl } from '../components/ResendControl.tsx';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { errorMessage, recoveries } from '../i18n/errors.ts';
import { useT } from '../i18n/use-t.ts';
import { useKeyboardOffered } from '../keyboard/offer.ts';
import { useKiosk } from '../store/index.ts';

export function LinkScreen() {
  const text = useT();
  const request = useKiosk((state) => state.wizard.request);
  const linkInput = useKiosk((state) => state.linkInput);
  const setLinkInput = useKiosk((state) => state.setLinkInput);
  const openLink = useKiosk((state) => state.openLink);
  const requestNewLink = useKiosk((state) => state.requestNewLink);
  const busy = useKiosk((state) => state.busy);
  const error = useKiosk((state) => state.error);
  const fieldError = error?.code === 'invalid-link' ? errorMessage(error, text) : null;
  // Tampal is named only where the on-screen keyboard, which has it, is offered.
  const tampalOffered = useKeyboardOffered();
  // The error notice already offers a new link for an expired or used one.
  const noticeOffersNewLink = error !== null && recoveries[error.code] === 'new-link';

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
    <ScreenFrame step="link" title={request ? text.link.titleSent : text.link.titlePaste} canGoBack>
      {request ? (
        <div className="notice notice-info">
          <p>{text.link.sent}</p>
          <p>
            {text.link.forIc} <strong className="ic-masked">{maskIcNumber(request.icNumber)}</strong>
          </p>
          <ul>
            <li>{text.link.arrival}</li>
            <li>{text.link.spam}</li>
            <li>{text.link.validity(Math.round(request.expiresInSeconds / 60))}</li>
          </ul>
        </div>
      ) : (
        <p className="lead">{text.link.pasteIntro}</p>
      )}
      <ErrorNotice fieldCodes={['invalid-link']} onRetry={() => void openLink()} />
      <form className="form" onSubmit={submit} noValidate>
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
      {(request || !noticeOffersNewLink) && (
        <section className="aside" aria-labelledby="no-email">
          <h2 id="no-email">{text.link.noEmail}</h2>
          {request ? (
            <ResendControl availableAt={request.resendAvailableAt} />
          ) : (
            <button type="button" className="button button-secondary" onClick={requestNewLink}>
              {text.app.newLink}
            </button>
          )}
        </section>
      )}
    </ScreenFrame>
  );
}
