import { maskIcNumber } from '../../../shared/ic-number.ts';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { formatMalaysiaDate } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';

export function ProfileScreen() {
  const text = useT();
  const language = useKiosk((state) => state.language);
  const profile = useKiosk((state) => state.wizard.activation?.profile);
  const confirmProfile = useKiosk((state) => state.confirmProfile);
  if (!profile) return null;
  const rows: ReadonlyArray<readonly [string, string]> = [
    [text.profile.icNumber, maskIcNumber(profile.icNumber)],
    [text.profile.name, profile.name],
    [text.profile.email, profile.email],
    [text.profile.registeredAt, formatMalaysiaDate(profile.registeredAt, language)],
  ];
  return (
    <ScreenFrame step="profile" title={text.profile.title} canGoBack>
      <p className="lead">{text.profile.intro}</p>
      <dl className="profile">
        {rows.map(([term, value]) => (
          <div key={term} className="profile-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="notice notice-info">{text.profile.notYou}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={confirmProfile}>
          {text.app.next}
        </button>
      </div>
    </ScreenFrame>
  );
}
