// The rules a completion must meet, checked by the server exactly as the kiosk checks them (the
// kiosk adds zxcvbn's strength score; the server knows the profile, so it applies the rest).
import type { CompleteActivationBody, Violation } from '../shared/api-contract.ts';
import { SEED_PASSWORD_POLICY } from '../shared/password-policy.ts';
import type { PersonalProfile } from '../shared/personal-data.ts';
import { passwordRuleCheck } from '../shared/policy-rules.ts';
import { checkSecurityAnswers } from '../shared/security-questions.ts';
import type { SecurityQuestion } from '../shared/security-questions.ts';
import { fullBlocklist } from '../shared/wordlists/full-blocklist.ts';

const BLOCKLIST = fullBlocklist();

/** Every rule the body breaks, at once, so the kiosk can show them all. */
export function policyViolations(
  body: CompleteActivationBody,
  questions: readonly SecurityQuestion[],
  profile: PersonalProfile,
): Violation[] {
  const violations: Violation[] = [];
  const answers = checkSecurityAnswers(body.securityAnswers, questions, profile);
  if (!answers.countMet) violations.push({ field: 'securityAnswers', rule: 'count' });
  answers.rows.forEach((problems, index) => {
    for (const rule of problems) {
      const part = rule.startsWith('question-') ? 'questionId' : 'answer';
      violations.push({ field: `securityAnswers.${index}.${part}`, rule });
    }
  });
  const personal = { ...profile, answers: body.securityAnswers.map((row) => row.answer) };
  const password = passwordRuleCheck(body.password, SEED_PASSWORD_POLICY, personal, BLOCKLIST);
  const rules = [...password.seed, ...password.characters, ...new Set(password.personal.map((violation) => violation.rule)), ...password.blocklist];
  for (const rule of rules) violations.push({ field: 'password', rule });
  return violations;
}
