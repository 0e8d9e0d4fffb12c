// Each rule the server refused on completion, listed inside the password screen's error notice.
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';
import { violationMessage } from '../i18n/violations.ts';

export function PolicyViolations() {
  const text = useT();
  const error = useKiosk((state) => state.error);
  const policy = useKiosk((state) => state.wizard.activation?.passwordPolicy);
  if (error?.code !== 'policy-violation' || !policy) return null;
  return (
    <ul>
      {error.violations.map((violation, index) => (
        <li key={index}>{violationMessage(violation, text, policy)}</li>
      ))}
    </ul>
  );
}
