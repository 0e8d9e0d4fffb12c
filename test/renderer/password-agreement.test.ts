// Property test: the kiosk and the API refuse a password for exactly the same rules, whatever the
// password and the person (zxcvbn's score aside: only the kiosk computes it). The kiosk's verdict is
// the page's rules plus the worker's word list; the API's is server/activation-policy.ts, given the
// answers as the kiosk sends them (normalised).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createListCheck } from '../../renderer/src/strength/engine.ts';
import { passwordVerdict } from '../../renderer/src/strength/verdict.ts';
import { policyViolations } from '../../server/activation-policy.ts';
import { securityQuestions } from '../../server/demo-accounts.ts';
import { SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';
import type { PersonalData } from '../../shared/personal-data.ts';
import { normaliseAnswer } from '../../shared/security-questions.ts';
import { commonPasswordBases } from '../../shared/wordlists/common-passwords.ts';
import { malayWordList } from '../../shared/wordlists/malay.ts';
import { assertProperty, PROPERTY_TIMEOUT_MS } from '../property.ts';

const listCheck = createListCheck();

const NAME_PARTS = ['Siti', 'Nur', 'Aisyah', 'binti', 'Abdullah', 'Nik', "'Ain", 'Mat', 'Tan', 'Mei', 'Ling', 'Kavitha', 'a/p', 'Subramaniam', 'Wan', 'Muhammad', 'Hafiz', 'bin', 'Ismail', 'Che', 'Ku', 'Zainab', 'Hassan', 'Ａｈｍａｄ', 'Zoë'];
const ANSWER_WORDS = ['Nasi', 'kerabu', 'Comel', 'si', 'kucing', 'Cikgu', 'Rosnah', 'Kancil', '660', 'Jalan', 'Tok', 'Guru', 'Doraemon', 'Kedai', 'Pak', 'Ali', 'café', 'e', '\u0301', 'Ｎａｓｉ'];
const INVISIBLE = ['\u0000', '\u200B', '\u200D', '\u00AD', '\uFEFF', '\u202E', '\uFE0F', '\t'];
const SYMBOLS = [...'!@#$%^&*()-_=+[]{};:\'",.<>/?\\|`~€£😀 '];
const COMMON = [...new Set([...malayWordList.slice(0, 400), ...commonPasswordBases])];
const LEET: Readonly<Record<string, string>> = { a: '@', e: '3', i: '1', o: '0', s: '$', t: '7', g: '9', l: '!' };

const pad = (value: number) => String(value).padStart(2, '0');
const icNumber = fc
  .tuple(fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2010-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(1, 3, 10, 14, 21, 71), fc.nat(9999))
  .map(([date, place, serial]) => `${pad(date.getUTCFullYear() % 100)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(place)}${String(serial).padStart(4, '0')}`);

const spelt = (word: string) =>
  fc.constantFrom('as is', 'lower', 'upper', 'capital', 'l33t', 'reversed').map((how) => {
    if (how === 'lower') return word.toLowerCase();
    if (how === 'upper') return word.toUpperCase();
    if (how === 'capital') return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    if (how === 'l33t') return [...word.toLowerCase()].map((character) => LEET[character] ?? character).join('');
    return how === 'reversed' ? [...word].reverse().join('') : word;
  });

const person = fc.record({
  icNumber,
  name: fc.array(fc.oneof(fc.constantFrom(...NAME_PARTS), fc.string({ minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ')),
  email: fc.oneof(
    fc.array(fc.constantFrom(...NAME_PARTS.map((part) => part.toLowerCase()), '88', 's'), { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join('.')}@demo.ispeks.invalid`),
    fc.emailAddress(),
  ),
  answers: fc.array(
    fc.oneof(
      fc.array(fc.oneof(fc.constantFrom(...ANSWER_WORDS), fc.constantFrom(' ', '  ', ...INVISIBLE), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    ),
    { minLength: 3, maxLength: 3 },
  ),
});

/** A password built the way people build them from what they know, or any text at all. */
const password = (data: PersonalData) => {
  const theirs = [data.icNumber, data.icNumber.slice(0, 6), ...data.name.split(' '), data.email.split('@')[0] ?? '', ...data.answers, ...data.answers.flatMap((answer) => answer.split(' '))];
  const fragment = fc.oneof(
    fc.constantFrom(...COMMON).chain(spelt),
    fc.constantFrom(...theirs.filter((piece) => piece !== '')).chain(spelt),
    fc.constantFrom('123', '2024', '1990', '7', '12345678', 'qwerty', 'abcd', 'aaaa', '!!!', 'ispeks', 'K3l@nt@n'),
    fc.constantFrom(...SYMBOLS, ...INVISIBLE),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );
  return fc.oneof(fc.array(fragment, { minLength: 1, maxLength: 7 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
};

function kioskRefuses(candidate: string, data: PersonalData): string[] {
  const outcome = { score: 4 as const, feedback: { warning: null, suggestions: [] }, blocklist: listCheck(candidate) };
  const verdict = passwordVerdict(candidate, { policy: SEED_PASSWORD_POLICY, personal: data, minScore: 3 }, { password: candidate, inputs: '', outcome });
  const seed = verdict.seed.filter((result) => !result.met).map((result) => result.rule);
  return [...new Set([...seed, ...verdict.characters, ...verdict.personal.map((violation) => violation.rule), ...verdict.blocklist])].sort();
}

function apiRefuses(candidate: string, data: PersonalData): string[] {
  const securityAnswers = data.answers.map((answer, index) => ({ questionId: securityQuestions[index]!.id, answer: normaliseAnswer(answer) }));
  const violations = policyViolations({ securityAnswers, password: candidate }, securityQuestions, data);
  return violations.filter((violation) => violation.field === 'password').map((violation) => violation.rule).sort();
}

describe('kiosk and API, for any password and person', () => {
  it('refuse the password for the same rules', () => {
    assertProperty(fc.property(person.chain((data) => fc.tuple(fc.constant(data), password(data))), ([data, candidate]) => {
      expect(kioskRefuses(candidate, data)).toEqual(apiRefuses(candidate, data));
    }));
  }, PROPERTY_TIMEOUT_MS);
});
