// Scan the QR code of the e-mail on the person's phone: a live preview with a square to aim at,
// what is happening in words, and when the camera cannot be had, why, with the other ways offered.
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useKiosk } from '../../store/index.ts';
import { useQrScan } from './use-qr-scan.ts';

export function ScanView() {
  const text = useT();
  const openScannedLink = useKiosk((state) => state.openScannedLink);
  const busy = useKiosk((state) => state.busy);
  const error = useKiosk((state) => state.error);
  const chooseLinkWay = useKiosk((state) => state.chooseLinkWay);
  const [attempt, setAttempt] = useState(0);
  const { state, video, mirrored } = useQrScan((scanned) => void openScannedLink(scanned), attempt);
  const status = {
    starting: text.scan.starting,
    looking: text.scan.looking,
    read: text.scan.read,
    problem: '',
  }[state.kind];
  // A code that was read but refused (not a link, another host, expired) can be tried again.
  const canScanAgain = state.kind === 'problem' || (state.kind === 'read' && !busy && error !== null);

  return (
    <div className="scan">
      <p className="scan-instruction">{text.scan.instruction}</p>
      {state.kind === 'problem' && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{text.app.errorPrefix}</strong> {text.scan.problems[state.problem]}
          </p>
        </div>
      )}
      {/* Kept in the page while the camera starts (the stream needs the element); gone once it has stopped. */}
      {(state.kind === 'starting' || state.kind === 'looking') && (
        <>
          <div className="scan-preview">
            <video ref={video} className={mirrored ? 'scan-video scan-video-mirrored' : 'scan-video'} muted playsInline aria-label={text.scan.preview} />
            <div className="scan-guide" aria-hidden="true" />
          </div>
          <p className="hint">{text.scan.guide}</p>
        </>
      )}
      <p className={status ? 'scan-status' : 'scan-status scan-status-empty'} role="status" aria-live="polite">
        {status}
      </p>
      <ErrorNotice />
      {canScanAgain && (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => {
            chooseLinkWay('scan'); // clears the last message
            setAttempt(attempt + 1);
          }}>
            {text.scan.again}
          </button>
        </div>
      )}
      <p className="hint">{text.scan.privacy}</p>
    </div>
  );
}
