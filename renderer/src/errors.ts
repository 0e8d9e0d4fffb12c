// Every AppError as a message for the person at the kiosk, with what to do next.
import type { Violation } from '../../shared/api-contract.ts';
import type { AppError, ErrorCode } from '../../shared/errors.ts';
import type { PasswordPolicy } from '../../shared/password-policy.ts';
import type { Catalogue } from './i18n/index.ts';

/** The next step the screen offers with the message. */
export type Recovery = 'fix-input' | 'retry' | 'wait' | 'new-link' | 'login' | 'ask-staff';

export const recoveries: Readonly<Record<ErrorCode, Recovery>> = {
  'invalid-input': 'fix-input',
  'invalid-ic-number': 'fix-input',
  'invalid-link': 'fix-input',
  'link-not-found': 'new-link',
  'link-expired': 'new-link',
  'link-used': 'new-link',
  'already-active': 'login',
  'rate-limited': 'wait',
  'policy-violation': 'fix-input',
  network: 'retry',
  timeout: 'retry',
  server: 'retry',
  tls: 'ask-staff',
  configuration: 'ask-staff',
};

export function errorMessage(error: AppError, text: Catalogue): string {
  switch (error.code) {
    case 'invalid-ic-number':
      return text.ic.problems[error.problem];
    case 'invalid-link':
      return text.link.problems[error.problem];
    case 'rate-limited':
      return text.errors['rate-limited'](error.retryAfterSeconds);
    default:
      return text.errors[error.code];
  }
}

function isKey<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

/** One violation the server reported, in words; an unknown rule falls back to its field's message. */
export function violationMessage(violation: Violation, text: Catalogue, policy: PasswordPolicy): string {
  const { rule, field } = violation;
  const { rules: passwordRules } = text.password;
  if (rule === 'minLength' || rule === 'maxLength') return passwordRules[rule](policy[rule]);
  if (rule === 'lowercase' || rule === 'uppercase' || rule === 'digit' || rule === 'special') return passwordRules[rule];
  if (isKey(text.questions.problems, rule)) return text.questions.problems[rule];
  if (isKey(text.violations.rules, rule)) return text.violations.rules[rule];
  return field === 'password' ? text.violations.password : text.violations.answers;
}
