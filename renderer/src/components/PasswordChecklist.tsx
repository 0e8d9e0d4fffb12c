// The password rules, shown before typing and ticked off live, each met, unmet or being checked in
// words; what is wrong is said under its rule. Screen readers hear a summary (PasswordAnnouncer).
import { memo } from 'react';
import { useT } from '../i18n/use-t.ts';
import type { ChecklistItem, RuleState } from './password-checklist-items.ts';

const ICONS: Readonly<Record<RuleState, string>> = { met: '✓', unmet: '✗', pending: '…' };

interface PasswordChecklistProps {
  readonly id: string;
  readonly items: readonly ChecklistItem[];
}

// Typing mostly leaves the list as it was: compared by content, it is not rendered again.
const sameItems = (before: PasswordChecklistProps, after: PasswordChecklistProps) =>
  before.id === after.id && JSON.stringify(before.items) === JSON.stringify(after.items);

export const PasswordChecklist = memo(function PasswordChecklist({ id, items }: PasswordChecklistProps) {
  const text = useT();
  return (
    <div className="checklist">
      <h2 id={`${id}-title`}>{text.password.rulesTitle}</h2>
      <ul id={id} aria-labelledby={`${id}-title`}>
        {items.map(({ key, label, state, details }) => (
          <li key={key} className={`rule rule-${state}`}>
            <span className="rule-icon" aria-hidden="true">
              {ICONS[state]}
            </span>
            <span className="rule-text">
              <span className="sr-only">{text.password.ruleStates[state]} </span>
              {label}
              {details.map((detail) => (
                <span key={detail} className="rule-detail">
                  {detail}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}, sameItems);
