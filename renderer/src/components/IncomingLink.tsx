// A deep link that arrived mid-way: the person decides whether to drop what they filled in; a
// link never replaces it silently.
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';

export function IncomingLinkDialog() {
  const text = useT();
  const incoming = useKiosk((state) => state.incomingLink !== null);
  const accept = useKiosk((state) => state.acceptIncomingLink);
  const decline = useKiosk((state) => state.declineIncomingLink);
  if (!incoming) return null;
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="incoming-title" aria-describedby="incoming-body">
        <h2 id="incoming-title">{text.incomingLink.title}</h2>
        <p id="incoming-body">{text.incomingLink.body}</p>
        <div className="actions">
          <button type="button" className="button button-primary" autoFocus onClick={decline}>
            {text.incomingLink.keep}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void accept()}>
            {text.incomingLink.open}
          </button>
        </div>
      </div>
    </div>
  );
}
