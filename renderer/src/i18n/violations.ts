// The rules the server said a completion broke, in words. Only the password screen needs them, so
// the rule lists they name stay out of the first screen's chunk.
import type { Violation } from '../../../shared/api-contract.ts';
import { seedPasswordRules } from '../../../shared/password-policy.ts';
import type { PasswordPolicy } from '../../../shared/password-policy.ts';
import { passwordProblems } from '../../../shared/policy-rules.ts';
import { securityAnswerProblems } from '../../../shared/security-questions.ts';
import type { Catalogue } from './catalogue.ts';

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
