// The seed's password rules, each reported on its own so the kiosk can show a live checklist.

export interface PasswordPolicy {
  readonly minLength: number;
  readonly maxLength: number;
  readonly lowercase: boolean;
  readonly uppercase: boolean;
  readonly digit: boolean;
  readonly special: boolean;
}

/** The most any password may have; the seed policy's maximum, and where zxcvbn stops reading. */
export const MAX_PASSWORD_CHARACTERS = 128;

/** Malaysian public-service wording: ≥ 12 characters with lower, upper, digit and special. */
export const SEED_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 12,
  maxLength: MAX_PASSWORD_CHARACTERS,
  lowercase: true,
  uppercase: true,
  digit: true,
  special: true,
};

/** The seed's rules, in checklist order. */
export const seedPasswordRules = ['minLength', 'maxLength', 'lowercase', 'uppercase', 'digit', 'special'] as const;
export type PasswordRule = (typeof seedPasswordRules)[number];

export interface PasswordRuleResult {
  readonly rule: PasswordRule;
  readonly met: boolean;
}

/** Length in code points, so an emoji or a combining accent is not counted twice. */
export function passwordLength(password: string): number {
  return [...password].length;
}

const PATTERNS = {
  lowercase: /\p{Ll}/u,
  uppercase: /\p{Lu}/u,
  digit: /\p{Nd}/u,
  // A visible symbol or punctuation mark: not a control, format character, lone accent or private-use code.
  special: /[\p{P}\p{S}]/u,
} as const;

/** Every rule the policy sets, in checklist order, with whether the password meets it. */
export function checkPassword(password: string, policy: PasswordPolicy): PasswordRuleResult[] {
  const length = passwordLength(password);
  const results: PasswordRuleResult[] = [
    { rule: 'minLength', met: length >= policy.minLength },
    { rule: 'maxLength', met: length <= policy.maxLength },
  ];
  for (const rule of ['lowercase', 'uppercase', 'digit', 'special'] as const) {
    if (policy[rule]) results.push({ rule, met: PATTERNS[rule].test(password) });
  }
  return results;
}

export function passwordViolations(password: string, policy: PasswordPolicy): PasswordRule[] {
  return checkPassword(password, policy)
    .filter((result) => !result.met)
    .map((result) => result.rule);
}
