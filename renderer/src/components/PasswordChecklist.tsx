// The password rules, shown before typing and ticked off live, each met or unmet in words.
import { checkPassword } from '../../../shared/password-policy.ts';
import type { PasswordPolicy, PasswordRule } from '../../../shared/password-policy.ts';
import type { Catalogue } from '../i18n/index.ts';
import { useT } from '../i18n/use-t.ts';
import { passwordsMatch } from '../readiness.ts';

function ruleLabel(rule: PasswordRule, text: Catalogue, policy: PasswordPolicy): string {
  return rule === 'minLength' || rule === 'maxLength' ? text.password.rules[rule](policy[rule]) : text.password.rules[rule];
}

interface PasswordChecklistProps {
  readonly id: string;
  readonly password: string;
  readonly repeat: string;
  readonly policy: PasswordPolicy;
}

export function PasswordChecklist({ id, password, repeat, policy }: PasswordChecklistProps) {
  const text = useT();
  const items = [
    ...checkPassword(password, policy).map(({ rule, met }) => ({ key: rule, label: ruleLabel(rule, text, policy), met })),
    { key: 'repeat', label: text.password.rules.repeat, met: passwordsMatch(password, repeat) },
  ];
  return (
    <div className="checklist">
      <h2 id={`${id}-title`}>{text.password.rulesTitle}</h2>
      <ul id={id} aria-labelledby={`${id}-title`} aria-live="polite">
        {items.map(({ key, label, met }) => (
          <li key={key} className={met ? 'rule rule-met' : 'rule rule-unmet'}>
            <span className="rule-icon" aria-hidden="true">
              {met ? '✓' : '✗'}
            </span>
            <span className="sr-only">{met ? text.password.met : text.password.unmet} </span>
            {label}
          </li>
        ))}
      </ul>
      <p className="hint">{text.password.advice}</p>
    </div>
  );
}
