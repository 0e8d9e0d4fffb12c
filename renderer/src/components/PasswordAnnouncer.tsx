// What a screen reader hears about the password: once typing pauses, politely, the strength and
// the rules not yet met (announcing every keystroke would drown the typing itself).
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import type { ChecklistItem } from './password-checklist-items.ts';

const PAUSE_MS = 1200;

export function PasswordAnnouncer({ level, items, active }: { readonly level: string; readonly items: readonly ChecklistItem[]; readonly active: boolean }) {
  const text = useT();
  const unmet = items.filter((item) => item.state === 'unmet').flatMap((item) => [item.label, ...item.details]);
  const summary = active
    ? `${text.password.strength.title} ${level}. ${unmet.length === 0 ? text.password.allMet : `${text.password.ruleStates.unmet} ${unmet.join('; ')}.`}`
    : '';
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(summary), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [summary]);

  return (
    <p className="sr-only" role="status" aria-live="polite">
      {announced}
    </p>
  );
}
