// Step 2: the link gets into the kiosk every way the person has it. After "Hantar" the screen says
// where the e-mail went; then the person picks a way in: scan the QR code off their phone, type the
// short code, or paste the link. Only the paste is offered where there is neither camera nor code.
import { useEffect, useRef } from 'react';
import { maskIcNumber } from '../../../../shared/ic-number.ts';
import { ResendControl } from '../../components/ResendControl.tsx';
import { ScreenFrame } from '../../components/ScreenFrame.tsx';
import { recoveries } from '../../i18n/errors.ts';
import { useT } from '../../i18n/use-t.ts';
import { useKiosk } from '../../store/index.ts';
import type { LinkWay } from '../../store/types.ts';
import { CodeEntry } from './CodeEntry.tsx';
import { PasteLink } from './PasteLink.tsx';
import { ScanView } from './ScanView.tsx';
import { useOfferedWays } from './use-ways.ts';
import { WayChoice } from './WayChoice.tsx';

function SentNotice() {
  const text = useT();
  const request = useKiosk((state) => state.wizard.request);
  if (!request) return null;
  return (
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
  );
}

/** The chosen way, under its own heading, which takes focus when the way is chosen. */
function ChosenWay({ way, offered }: { readonly way: LinkWay; readonly offered: readonly LinkWay[] }) {
  const text = useT();
  const chooseLinkWay = useKiosk((state) => state.chooseLinkWay);
  const heading = useRef<HTMLHeadingElement>(null);
  const single = offered.length === 1;
  useEffect(() => {
    if (!single) heading.current?.focus();
  }, [way, single]);
  return (
    <section className="way-view" aria-labelledby={single ? undefined : 'way-title'}>
      {!single && (
        <div className="way-view-top">
          <h2 id="way-title" ref={heading} tabIndex={-1}>
            {text.ways[way]}
          </h2>
          <button type="button" className="button button-quiet" onClick={() => chooseLinkWay(null)}>
            {text.ways.other}
          </button>
        </div>
      )}
      {way === 'scan' && <ScanView />}
      {way === 'code' && <CodeEntry />}
      {way === 'paste' && <PasteLink />}
    </section>
  );
}

export function LinkScreen() {
  const text = useT();
  const request = useKiosk((state) => state.wizard.request);
  const chosen = useKiosk((state) => state.linkWay);
  const requestNewLink = useKiosk((state) => state.requestNewLink);
  const error = useKiosk((state) => state.error);
  const typedLink = useKiosk((state) => state.linkInput !== '');
  const offered = useOfferedWays();
  // With one way there is nothing to choose; a way no longer offered (camera unplugged) is not kept;
  // and a link already typed stays in view should the other ways appear meanwhile.
  const way =
    offered.length === 1 ? offered[0]! : chosen !== null && offered.includes(chosen) ? chosen : typedLink ? 'paste' : null;
  // The error notice already offers a new link for an expired or used one.
  const noticeOffersNewLink = error !== null && recoveries[error.code] === 'new-link';
  const title = request ? text.link.titleSent : offered.length === 1 ? text.link.titlePaste : text.ways.title;

  return (
    <ScreenFrame step="link" title={title} canGoBack>
      <SentNotice />
      {!request && offered.length === 1 && <p className="lead">{text.link.pasteIntro}</p>}
      {way === null ? <WayChoice ways={offered} /> : <ChosenWay way={way} offered={offered} />}
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
