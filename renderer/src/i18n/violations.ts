// The password and answer rules in words: the checklist's labels, and the rules the server said a
// completion broke.
import type { Violation } from '../../../shared/api-contract.ts';
import { seedPasswordRules } from '../../../shared/password-policy.ts';
import type { PasswordPolicy, PasswordRule } from '../../../shared/password-policy.ts';
import { passwordProblems } from '../../../shared/policy-rules.ts';
import { securityAnswerProblems } from '../../../shared/security-questions.ts';
import type { Catalogue } from './catalogue.ts';

const isOneOf = <T extends string>(list: readonly T[], rule: string): rule is T => list.some((known) => known === rule);

/** A seed rule in words, with the policy's numbers where it has them ("Sekurang-kurangnya 12 aksara"). */
export function seedRuleLabel(rule: PasswordRule, text: Catalogue, policy: PasswordPolicy): string {
  return rule === 'minLength' || rule === 'maxLength' ? text.password.rules[rule](policy[rule]) : text.password.rules[rule];
}

/** One violation the server reported, in words (shared/policy-rules.ts names them all); a rule this
 * kiosk does not know yet falls back to its field's message. */
export function violationMessage(violation: Violation, text: Catalogue, policy: PasswordPolicy): string {
  const { rule, field } = violation;
  if (isOneOf(seedPasswordRules, rule)) return seedRuleLabel(rule, text, policy);
  if (isOneOf(passwordProblems, rule)) return text.password.problems[rule];
  if (rule === 'count') return text.questions.countMissing;
  if (isOneOf(securityAnswerProblems, rule)) return text.questions.problems[rule];
  return field === 'password' ? text.violations.password : text.violations.answers;
}
