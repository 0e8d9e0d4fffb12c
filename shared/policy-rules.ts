// Every rule a completion can break: the `rule` of each 422 violation, and the key of its message
// in the kiosk. The server and the kiosk check passwords with the same function.
import { characterRules, characterViolations } from './password-characters.ts';
import type { CharacterRule } from './password-characters.ts';
import type { PasswordPolicy } from './password-policy.ts';
import { passwordViolations, seedPasswordRules } from './password-policy.ts';
import { personalDataRules, personalDataViolations } from './personal-data.ts';
import type { PersonalData, PersonalDataViolation } from './personal-data.ts';
import { securityAnswerProblems } from './security-questions.ts';
import { blocklistRules, blocklistViolations } from './wordlists/blocklist.ts';
import type { Blocklist } from './wordlists/blocklist.ts';

/** Checked by the kiosk only: the server does not run zxcvbn. */
export const STRENGTH_RULE = 'password-too-weak' as const;

/** The password rules beyond the seed's: its characters, personal data, blocklist, strength. */
export const passwordProblems = [...characterRules, ...personalDataRules, ...blocklistRules, STRENGTH_RULE] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

export const passwordRules = [...seedPasswordRules, ...passwordProblems] as const;

/** `count`: not exactly three questions. */
export const answerRules = ['count', ...securityAnswerProblems] as const;
export type AnswerRule = (typeof answerRules)[number];

export const policyRules = [...passwordRules, ...answerRules] as const;
export type PolicyRule = (typeof policyRules)[number];

export interface PasswordRuleCheck {
  readonly seed: readonly (typeof seedPasswordRules)[number][];
  readonly characters: readonly CharacterRule[];
  readonly personal: readonly PersonalDataViolation[];
  readonly blocklist: readonly (typeof blocklistRules)[number][];
}

/** Every rule the password breaks that can be told without zxcvbn, given the words to refuse. */
export function passwordRuleCheck(
  password: string,
  policy: PasswordPolicy,
  personal: PersonalData,
  commonWords: Blocklist,
): PasswordRuleCheck {
  return {
    seed: passwordViolations(password, policy),
    characters: characterViolations(password),
    personal: personalDataViolations(password, personal),
    blocklist: blocklistViolations(password, commonWords),
  };
}
