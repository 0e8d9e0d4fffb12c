// The shared rules, applied to the form as the store holds it.
import type { OpenedActivation } from '../../../shared/ipc-contract.ts';
import { DEFAULT_MIN_PASSWORD_SCORE } from '../../../shared/password-strength.ts';
import { checkSecurityAnswers } from '../../../shared/security-questions.ts';
import type { SecurityAnswersCheck } from '../../../shared/security-questions.ts';
import { passwordVerdict } from '../strength/verdict.ts';
import type { PasswordContext, PasswordVerdict } from '../strength/verdict.ts';
import type { KioskState } from './types.ts';

export function checkRows(rows: KioskState['rows'], activation: OpenedActivation): SecurityAnswersCheck {
  return checkSecurityAnswers(rows, activation.securityQuestions, activation.profile);
}

export function passwordsMatch(password: string, repeat: string): boolean {
  return repeat.length > 0 && repeat === password;
}

type FormState = Pick<KioskState, 'wizard' | 'rows' | 'appInfo' | 'password' | 'repeat' | 'strength'>;

/** What the password is checked against: the policy, the person's own data, IT's minimum score. */
export function passwordContextOf(state: Omit<FormState, 'password' | 'repeat' | 'strength'>): PasswordContext | null {
  const activation = state.wizard.activation;
  if (!activation) return null;
  return {
    policy: activation.passwordPolicy,
    personal: { ...activation.profile, answers: state.rows.map((row) => row.answer) },
    minScore: state.appInfo?.minPasswordScore ?? DEFAULT_MIN_PASSWORD_SCORE,
  };
}

export function passwordVerdictOf(state: FormState): PasswordVerdict | null {
  const context = passwordContextOf(state);
  return context && passwordVerdict(state.password, context, state.strength);
}

/** Every rule met, zxcvbn's score on this very password at least the minimum, and typed twice. */
export function isPasswordReady(state: FormState): boolean {
  return passwordsMatch(state.password, state.repeat) && (passwordVerdictOf(state)?.ready ?? false);
}
