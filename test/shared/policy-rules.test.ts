import { describe, expect, it } from 'vitest';
import { SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';
import { DEFAULT_MIN_PASSWORD_SCORE, strengthFeedback, strengthLevel } from '../../shared/password-strength.ts';
import { answerRules, passwordRuleCheck, passwordRules, policyRules } from '../../shared/policy-rules.ts';
import { fullBlocklist } from '../../shared/wordlists/full-blocklist.ts';

const BLOCKLIST = fullBlocklist();
const SITI = { icNumber: '900101035678', name: 'Siti Nur Aisyah binti Abdullah', email: 'siti.aisyah@demo.ispeks.invalid', answers: ['Nasi kerabu'] };
const check = (password: string) => passwordRuleCheck(password, SEED_PASSWORD_POLICY, SITI, BLOCKLIST);

describe('the one list of rules', () => {
  it('names every rule once, so each 422 violation maps to one message', () => {
    expect(new Set(policyRules).size).toBe(policyRules.length);
    expect(policyRules).toEqual([...passwordRules, ...answerRules]);
  });
});

describe('passwordRuleCheck: the rules a server can apply without zxcvbn', () => {
  it('passes the seed rules but refuses the words of Password123! and P@ssw0rd1234', () => {
    expect(check('Password123!')).toEqual({ seed: [], characters: [], personal: [], blocklist: ['password-common-word'] });
    expect(check('P@ssw0rd1234')).toEqual({ seed: [], characters: [], personal: [], blocklist: ['password-common-word'] });
  });

  it('reports every kind at once', () => {
    expect(check('kelantan900101035678')).toEqual({
      seed: ['uppercase', 'special'],
      characters: [],
      personal: [{ rule: 'password-contains-ic' }, { rule: 'password-contains-birth-date' }],
      blocklist: ['password-context-word', 'password-common-word'],
    });
  });

  it('accepts a passphrase', () => {
    expect(check('Sungai-Golok-Tenang-42')).toEqual({ seed: [], characters: [], personal: [], blocklist: [] });
  });

  it.each([
    ['NUL', '\u0000'],
    ['a tab', '\t'],
    ['a zero-width space', '\u200B'],
    ['a zero-width joiner', '\u200D'],
    ['a soft hyphen', '\u00AD'],
    ['a byte order mark', '\uFEFF'],
    ['a bidi isolate', '\u2066'],
    ['a variation selector', '\uFE0F'],
  ])('refuses a password holding %s, with a rule of its own', (_label, invisible) => {
    expect(check(`Sungai-Golok${invisible}-Tenang-42`).characters).toEqual(['password-invisible-character']);
  });

  it('accepts spaces, accents and emoji: they can be seen', () => {
    expect(check('Sungai Golok\u00A0Tenang 42 café 😀').characters).toEqual([]);
  });
});

describe('strength levels and feedback', () => {
  it('calls the minimum score strong, one below fair, the rest weak', () => {
    expect(DEFAULT_MIN_PASSWORD_SCORE).toBe(3);
    expect([0, 1, 2, 3, 4].map((score) => strengthLevel(score as 0 | 1 | 2 | 3 | 4, 3))).toEqual(['weak', 'weak', 'fair', 'strong', 'strong']);
    expect([0, 1, 2, 3, 4].map((score) => strengthLevel(score as 0 | 1 | 2 | 3 | 4, 4))).toEqual(['weak', 'weak', 'weak', 'fair', 'strong']);
  });

  it('keeps only the feedback keys the kiosk can say, and never "no need for symbols"', () => {
    expect(strengthFeedback('similarToCommon', ['l33t', 'noNeed', 'somethingNew'])).toEqual({ warning: 'similarToCommon', suggestions: ['l33t'] });
    expect(strengthFeedback('English text, not a key', [])).toEqual({ warning: null, suggestions: [] });
  });
});
