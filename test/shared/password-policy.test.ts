import { describe, it, expect } from 'vitest';
import {
  SEED_PASSWORD_POLICY,
  checkPassword,
  passwordLength,
  passwordViolations,
} from '../../shared/password-policy.ts';
import type { PasswordPolicy, PasswordRule } from '../../shared/password-policy.ts';
import { passwordPolicy as passwordPolicySchema } from '../../shared/api-contract.ts';

const CHECKLIST: readonly PasswordRule[] = ['minLength', 'maxLength', 'lowercase', 'uppercase', 'digit', 'special'];

/** A password of exactly `length` code points that meets every composition rule. */
const ofLength = (length: number): string => 'aA1!' + 'x'.repeat(length - 4);

describe('SEED_PASSWORD_POLICY', () => {
  it('is the seed rule: 12 to 128 characters with lower, upper, digit and special', () => {
    expect(SEED_PASSWORD_POLICY).toEqual({
      minLength: 12,
      maxLength: 128,
      lowercase: true,
      uppercase: true,
      digit: true,
      special: true,
    });
  });

  it('fits the API contract, so the server can send it as is', () => {
    expect(passwordPolicySchema.parse(SEED_PASSWORD_POLICY)).toEqual(SEED_PASSWORD_POLICY);
  });
});

describe('checkPassword', () => {
  it('lists every seed rule once, in checklist order', () => {
    expect(checkPassword('', SEED_PASSWORD_POLICY).map((result) => result.rule)).toEqual(CHECKLIST);
    expect(checkPassword('Password123!', SEED_PASSWORD_POLICY).map((result) => result.rule)).toEqual(CHECKLIST);
  });

  it('meets every seed rule with Password123! (weak, but that is for the blocklist)', () => {
    expect(checkPassword('Password123!', SEED_PASSWORD_POLICY).every((result) => result.met)).toBe(true);
    expect(passwordViolations('Password123!', SEED_PASSWORD_POLICY)).toEqual([]);
    expect(passwordViolations('P@ssw0rd1234', SEED_PASSWORD_POLICY)).toEqual([]);
  });

  it('reports an empty password as too short and missing every class, but not too long', () => {
    expect(checkPassword('', SEED_PASSWORD_POLICY)).toEqual([
      { rule: 'minLength', met: false },
      { rule: 'maxLength', met: true },
      { rule: 'lowercase', met: false },
      { rule: 'uppercase', met: false },
      { rule: 'digit', met: false },
      { rule: 'special', met: false },
    ]);
  });

  it.each([
    ['only the length is missing', 'aA1!', ['minLength']],
    ['only lowercase is missing', 'PASSWORD123!', ['lowercase']],
    ['only uppercase is missing', 'password123!', ['uppercase']],
    ['only a digit is missing', 'Password!!!!', ['digit']],
    ['only a special character is missing', 'Password1234', ['special']],
    ['a space is not a special character', 'Password 1234', ['special']],
    ['lowercase and digit missing', 'PASSWORD!!!!', ['lowercase', 'digit']],
    ['too short and no special', 'Passw0rd', ['minLength', 'special']],
    ['too long and no uppercase', 'a1!' + 'x'.repeat(200), ['maxLength', 'uppercase']],
    ['only spaces', ' '.repeat(12), ['lowercase', 'uppercase', 'digit', 'special']],
  ] as const)('each rule on its own: %s', (_label, password, violated) => {
    expect(passwordViolations(password, SEED_PASSWORD_POLICY)).toEqual(violated);
  });

  it.each([
    [11, ['minLength']],
    [12, []],
    [13, []],
    [127, []],
    [128, []],
    [129, ['maxLength']],
  ] as const)('a password of %i characters violates %j', (length, violated) => {
    const password = ofLength(length);
    expect([...password]).toHaveLength(length);
    expect(passwordViolations(password, SEED_PASSWORD_POLICY)).toEqual(violated);
  });

  it.each([
    ['underscore', '_'],
    ['hyphen', '-'],
    ['at sign', '@'],
    ['emoji', '😀'],
    ['euro sign', '€'],
    ['tilde', '~'],
  ])('counts %s as a special character', (_label, special) => {
    expect(passwordViolations(`Password1234${special}`, SEED_PASSWORD_POLICY)).toEqual([]);
  });

  it.each([
    ['NUL', '\u0000'],
    ['a tab', '\t'],
    ['a zero-width space', '\u200B'],
    ['a soft hyphen', '\u00AD'],
    ['a byte order mark', '\uFEFF'],
    ['a right-to-left override', '\u202E'],
    ['a combining accent on its own', '\u0301'],
    ['a private-use character', '\uE000'],
  ])('does not count %s as a special character: special means a visible symbol or punctuation mark', (_label, invisible) => {
    expect(passwordViolations(`TropikaHujanKaca9${invisible}`, SEED_PASSWORD_POLICY)).toEqual(['special']);
  });

  it('counts letters and digits beyond ASCII in their own classes', () => {
    expect(passwordViolations('ÉCOLEÉCOLE1!', SEED_PASSWORD_POLICY)).toEqual(['lowercase']);
    expect(passwordViolations('écoleécole1!', SEED_PASSWORD_POLICY)).toEqual(['uppercase']);
    expect(passwordViolations('Passwordabc!١', SEED_PASSWORD_POLICY)).toEqual([]); // Arabic-Indic digit one
  });
});

describe('length counts code points', () => {
  it('counts an emoji (a surrogate pair) as one character', () => {
    expect(passwordLength('😀')).toBe(1);
    expect('😀'.length).toBe(2);
    expect(passwordLength('aA1!😀😀😀😀😀😀😀😀')).toBe(12);
  });

  it('accepts 12 code points that are 20 UTF-16 units, and rejects 11 code points that are 18', () => {
    const twelve = 'aA1!' + '😀'.repeat(8);
    const eleven = 'aA1!' + '😀'.repeat(7);
    expect(twelve.length).toBe(20);
    expect(passwordViolations(twelve, SEED_PASSWORD_POLICY)).toEqual([]);
    expect(passwordViolations(eleven, SEED_PASSWORD_POLICY)).toEqual(['minLength']);
  });

  it('accepts 128 emoji-heavy code points and rejects 129', () => {
    const at = (length: number): string => 'aA1!' + '😀'.repeat(length - 4);
    expect(passwordViolations(at(128), SEED_PASSWORD_POLICY)).toEqual([]);
    expect(passwordViolations(at(129), SEED_PASSWORD_POLICY)).toEqual(['maxLength']);
  });

  it('counts a base letter and a combining accent as two code points', () => {
    expect(passwordLength('e\u0301')).toBe(2);
    expect(passwordLength('\u00E9')).toBe(1);
  });
});

describe('a policy with rules turned off', () => {
  const lengthOnly: PasswordPolicy = {
    minLength: 8,
    maxLength: 64,
    lowercase: false,
    uppercase: false,
    digit: false,
    special: false,
  };

  it('lists only the length rules when every class is off', () => {
    expect(checkPassword('abc', lengthOnly)).toEqual([
      { rule: 'minLength', met: false },
      { rule: 'maxLength', met: true },
    ]);
    expect(passwordViolations('correct horse battery', lengthOnly)).toEqual([]);
  });

  it.each(['lowercase', 'uppercase', 'digit', 'special'] as const)('does not list %s when it is off', (rule) => {
    const policy: PasswordPolicy = { ...SEED_PASSWORD_POLICY, [rule]: false };
    const rules = checkPassword('', policy).map((result) => result.rule);
    expect(rules).not.toContain(rule);
    expect(rules).toEqual(CHECKLIST.filter((listed) => listed !== rule));
  });

  it('uses the policy’s own lengths', () => {
    const policy: PasswordPolicy = { ...SEED_PASSWORD_POLICY, minLength: 15, maxLength: 20 };
    expect(passwordViolations(ofLength(14), policy)).toEqual(['minLength']);
    expect(passwordViolations(ofLength(15), policy)).toEqual([]);
    expect(passwordViolations(ofLength(20), policy)).toEqual([]);
    expect(passwordViolations(ofLength(21), policy)).toEqual(['maxLength']);
  });
});
