// Property tests of the answer rules: normalising is idempotent, and characters nobody can see never
// change what an answer is or what the rules say about it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSecurityAnswers, normaliseAnswer } from '../../shared/security-questions.ts';
import { demoAccounts, securityQuestions } from '../../server/demo-accounts.ts';
import { assertProperty, PROPERTY_TIMEOUT_MS } from '../property.ts';

// Controls, format characters and default-ignorables that are not whitespace: NUL, DEL, C1 controls,
// zero-width space/joiners, soft hyphen, word joiner, BOM, bidi controls, variation selectors, fillers.
const INVISIBLE = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0090', '\u009F', '\u00AD', '\u061C', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u202A', '\u202E', '\u2060', '\u2066', '\u2069', '\uFEFF', '\uFE0F', '\u3164', '\u{E0041}', '\u{1D173}'];
const WORDS = ['Nasi', 'kerabu', 'Kota', 'Bharu', 'Comel', 'si', 'kucing', 'Cikgu', 'Rosnah', 'Kancil', '660', 'Siti', 'Abdullah', 'Kelantan', '1990', 'café', 'Ｎａｓｉ', '\uFB01sh', 'e\u0301', 'İstanbul', 'ǅ', 'ﬀ', '😀', 'Ⅻ'];
const SPACES = [' ', '  ', '\t', '\n', '\u00A0', '\u3000', '\u2028', '\u0085'];

/** An answer as typed: words, spaces, accents, full-width and odd letters, or any text at all. */
const answer = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES), fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 45 }),
  fc.string({ unit: 'binary', maxLength: 45 }),
);

/** The same answer with invisible characters put between any of its code points. */
const withInvisible = (text: string) =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 6 }).map((insertions) => {
    const points = [...text];
    for (const [at, invisible] of insertions) points.splice(at % (points.length + 1), 0, invisible);
    return points.join('');
  });

describe('normaliseAnswer, for any answer', () => {
  it('is idempotent', () => {
    assertProperty(fc.property(fc.oneof(answer, answer.chain(withInvisible)), (text) => {
      expect(normaliseAnswer(normaliseAnswer(text))).toBe(normaliseAnswer(text));
    }));
  }, PROPERTY_TIMEOUT_MS);

  it('leaves no invisible character, no space at either end, no two spaces together', () => {
    assertProperty(fc.property(answer.chain(withInvisible), (text) => {
      const normalised = normaliseAnswer(text);
      expect(normalised).not.toMatch(/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]|^\s|\s$|\s\s/u);
    }));
  }, PROPERTY_TIMEOUT_MS);

  it('is not changed by invisible characters anywhere', () => {
    assertProperty(fc.property(answer.chain((text) => fc.tuple(fc.constant(text), withInvisible(text))), ([text, padded]) => {
      expect(normaliseAnswer(padded)).toBe(normaliseAnswer(text));
    }));
  }, PROPERTY_TIMEOUT_MS);
});

describe('checkSecurityAnswers, for any three rows', () => {
  const profile = fc.constantFrom(...demoAccounts);
  const rows = fc.array(fc.record({ questionId: fc.constantFrom(...securityQuestions.map((question) => question.id), 'unknown', null), answer }), { minLength: 0, maxLength: 4 });

  it('gives the same verdict when invisible characters are added to any answer', () => {
    const padded = rows.chain((original) =>
      fc.tuple(fc.constant(original), fc.tuple(...original.map((row) => withInvisible(row.answer))).map((answers) => original.map((row, index) => ({ ...row, answer: answers[index]! })))),
    );
    assertProperty(fc.property(padded, profile, ([original, withHidden], person) => {
      expect(checkSecurityAnswers(withHidden, securityQuestions, person)).toEqual(checkSecurityAnswers(original, securityQuestions, person));
    }));
  }, PROPERTY_TIMEOUT_MS);
});
