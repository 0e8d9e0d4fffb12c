// Every AppError as a message for the person at the kiosk, with what to do next.
import type { Violation } from '../../shared/api-contract.ts';
import type { AppError, ErrorCode } from '../../shared/errors.ts';
import { seedPasswordRules } from '../../shared/password-policy.ts';
import type { PasswordPolicy } from '../../shared/password-policy.ts';
import { passwordProblems } from '../../shared/policy-rules.ts';
import { securityAnswerProblems } from '../../shared/security-questions.ts';
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
  'service-unavailable': 'wait',
  refused: 'ask-staff',
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
    case 'service-unavailable':
      return text.errors[error.code](error.retryAfterSeconds);
    default:
      return text.errors[error.code];
  }
}

const isOneOf = <T extends string>(list: readonly T[], rule: string): rule is T => list.some((known) => known === rule);

/** One violation the server reported, in words (shared/policy-rules.ts names them all); a rule this
 * kiosk does not know yet falls back to its field's message. */
export function violationMessage(violation: Violation, text: Catalogue, policy: PasswordPolicy): string {
  const { rule, field } = violation;
  if (isOneOf(seedPasswordRules, rule)) {
    return rule === 'minLength' || rule === 'maxLength' ? text.password.rules[rule](policy[rule]) : text.password.rules[rule];
  }
  if (isOneOf(passwordProblems, rule)) return text.password.problems[rule];
  if (rule === 'count') return text.questions.countMissing;
  if (isOneOf(securityAnswerProblems, rule)) return text.questions.problems[rule];
  return field === 'password' ? text.violations.password : text.violations.answers;
}
