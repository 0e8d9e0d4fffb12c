// The shared rules, applied to the form as the store holds it.
import type { OpenedActivation } from '../../shared/ipc-contract.ts';
import { checkPassword } from '../../shared/password-policy.ts';
import type { PasswordPolicy } from '../../shared/password-policy.ts';
import { checkSecurityAnswers } from '../../shared/security-questions.ts';
import type { SecurityAnswersCheck } from '../../shared/security-questions.ts';
import type { AnswerRow } from './store/types.ts';

export function checkRows(rows: readonly AnswerRow[], activation: OpenedActivation): SecurityAnswersCheck {
  return checkSecurityAnswers(
    rows,
    activation.securityQuestions.map((question) => question.id),
  );
}

export function passwordsMatch(password: string, repeat: string): boolean {
  return repeat.length > 0 && repeat === password;
}

export function isPasswordReady(password: string, repeat: string, policy: PasswordPolicy): boolean {
  return passwordsMatch(password, repeat) && checkPassword(password, policy).every((result) => result.met);
}
