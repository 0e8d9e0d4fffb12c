import { describe, it, expect } from 'vitest';
import {
  MAX_ANSWER_LENGTH,
  MIN_ANSWER_LENGTH,
  REQUIRED_SECURITY_QUESTIONS,
  checkSecurityAnswers,
  normaliseAnswer,
} from '../../shared/security-questions.ts';
import type { SecurityAnswerDraft, SecurityQuestion } from '../../shared/security-questions.ts';
import { securityQuestions } from '../../server/demo-accounts.ts';

const KNOWN: readonly SecurityQuestion[] = ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({ id, text: { ms: `Soalan ${id}?`, en: `Question ${id}?` } }));
const row = (questionId: string | null, answer: string): SecurityAnswerDraft => ({ questionId, answer });
const GOOD: readonly SecurityAnswerDraft[] = [row('q1', 'Kota Bharu'), row('q2', 'Kucing Oren'), row('q3', 'Nasi Kerabu')];
/** Born 1 January 1990 in Kelantan (code 03). */
const SITI = { icNumber: '900101035678', name: 'Siti Nur Aisyah binti Abdullah', email: 'siti.aisyah@demo.ispeks.invalid' };

describe('constants', () => {
  it('asks for three questions with answers of 3 to 40 characters', () => {
    expect(REQUIRED_SECURITY_QUESTIONS).toBe(3);
    expect(MIN_ANSWER_LENGTH).toBe(3);
    expect(MAX_ANSWER_LENGTH).toBe(40);
  });
});

describe('normaliseAnswer', () => {
  it.each([
    ['lower-cases', 'Kota Bharu', 'kota bharu'],
    ['trims', '  kota bharu \t', 'kota bharu'],
    ['collapses inner spaces', 'kota    bharu', 'kota bharu'],
    ['collapses tabs and newlines into one space', 'kota\t\n bharu', 'kota bharu'],
    ['folds full-width letters (NFKC)', 'Ｋｏｔａ　Ｂｈａｒｕ', 'kota bharu'],
    ['folds the ideographic space and no-break space', 'kota\u3000\u00A0bharu', 'kota bharu'],
    ['composes a decomposed accent (NFKC)', 'Cafe\u0301', 'caf\u00E9'],
    ['expands a ligature (NFKC)', '\uFB01sh', 'fish'],
    ['keeps digits and punctuation', ' No. 12,  Jalan 3 ', 'no. 12, jalan 3'],
    ['leaves an empty answer empty', '   ', ''],
  ])('%s: %j → %j', (_label, answer, expected) => {
    expect(normaliseAnswer(answer)).toBe(expected);
  });

  it.each([
    ['a zero-width space', '\u200B'],
    ['a soft hyphen', '\u00AD'],
    ['NUL', '\u0000'],
    ['a byte order mark', '\uFEFF'],
    ['bidi controls', '\u202E\u2066\u2069'],
    ['a zero-width joiner and non-joiner', '\u200D\u200C'],
  ])('leaves an answer of only %s empty', (_label, answer) => {
    expect(normaliseAnswer(answer)).toBe('');
  });

  it('drops invisible characters inside a word, so what looks the same is the same', () => {
    expect(normaliseAnswer('Ko\u200Bta\u00ADBha\u0000ru')).toBe('kotabharu');
    expect(normaliseAnswer('\uFEFFKota Bharu\u202C')).toBe('kota bharu');
  });

  it('still reads tabs and line breaks (control characters too) as spaces', () => {
    expect(normaliseAnswer('kota\u0085bharu')).toBe('kota bharu');
  });

  it('is idempotent', () => {
    for (const answer of ['  Ｋｏｔａ  Bharu ', 'Cafe\u0301', '\uFB01sh\tIKAN']) {
      expect(normaliseAnswer(normaliseAnswer(answer))).toBe(normaliseAnswer(answer));
    }
  });
});

describe('checkSecurityAnswers: the count', () => {
  it('accepts exactly three good rows', () => {
    expect(checkSecurityAnswers(GOOD, KNOWN)).toEqual({ countMet: true, rows: [[], [], []], ok: true });
  });

  it.each([
    ['no rows', []],
    ['two rows', GOOD.slice(0, 2)],
    ['four rows', [...GOOD, row('q4', 'Merah')]],
  ])('rejects %s, even when every row is good', (_label, rows) => {
    const check = checkSecurityAnswers(rows, KNOWN);
    expect(check.countMet).toBe(false);
    expect(check.ok).toBe(false);
    expect(check.rows).toEqual(rows.map(() => []));
  });
});

describe('checkSecurityAnswers: the question of each row', () => {
  it.each([
    ['no question (null)', row(null, 'Pasir Mas'), ['question-missing']],
    ['no question (empty id)', row('', 'Pasir Mas'), ['question-missing']],
    ['a question not in the list', row('q99', 'Pasir Mas'), ['question-unknown']],
    ['an empty answer', row('q3', ''), ['answer-empty']],
    ['a whitespace-only answer', row('q3', ' \t\n '), ['answer-empty']],
    ['an answer of invisible characters only', row('q3', '\u200B\u00AD\u0000\uFEFF'), ['answer-empty']],
    ['three letters and invisible padding', row('q3', 'ab\u200B\u200B\u200B'), ['answer-too-short']],
    ['no question and no answer', row(null, ''), ['question-missing', 'answer-empty']],
    ['an unknown question and a long answer', row('q99', 'x'.repeat(41)), ['question-unknown', 'answer-too-long']],
  ] as const)('third row with %s', (_label, third, problems) => {
    const check = checkSecurityAnswers([GOOD[0]!, GOOD[1]!, third], KNOWN);
    expect(check.rows).toEqual([[], [], problems]);
    expect(check.ok).toBe(false);
  });

  it('marks every later use of a question as a duplicate, not the first', () => {
    const check = checkSecurityAnswers([row('q2', 'Merah'), row('q2', 'Biru'), row('q2', 'Hijau')], KNOWN);
    expect(check.rows).toEqual([[], ['question-duplicate'], ['question-duplicate']]);
  });

  it('accepts a question again after the row that held it was removed', () => {
    const removed = [row('q1', 'Kota Bharu'), row('q3', 'Nasi Kerabu')];
    expect(checkSecurityAnswers([...removed, row('q1', 'Hitam')], KNOWN).rows).toEqual([[], [], ['question-duplicate']]);
    expect(checkSecurityAnswers([...removed, row('q2', 'Hitam')], KNOWN).ok).toBe(true);
  });
});

describe('checkSecurityAnswers: answer length, after normalising', () => {
  it.each([
    ['2 characters', 'ab', ['answer-too-short']],
    ['2 characters padded with spaces', '  ab  ', ['answer-too-short']],
    ['3 characters', 'abu', []],
    ['40 characters', 'x'.repeat(40), []],
    ['41 characters', 'x'.repeat(41), ['answer-too-long']],
    ['40 emoji (80 UTF-16 units)', '😀'.repeat(40), []],
    ['40 after collapsing a double space', `${'x'.repeat(20)}  ${'x'.repeat(19)}`, []],
    ['21 ligatures that NFKC expands to 42', '\uFB01'.repeat(21), ['answer-too-long']],
  ] as const)('%s', (_label, answer, problems) => {
    expect(checkSecurityAnswers([GOOD[0]!, GOOD[1]!, row('q3', answer)], KNOWN).rows[2]).toEqual(problems);
  });
});

describe('checkSecurityAnswers: no two answers the same', () => {
  it('refuses an answer equal to an earlier one once normalised, on the later row', () => {
    const check = checkSecurityAnswers([row('q1', 'Nasi Kerabu'), row('q2', '  NASI   kerabu '), row('q3', 'Ｎａｓｉ ｋｅｒａｂｕ')], KNOWN);
    expect(check.rows).toEqual([[], ['answer-repeated'], ['answer-repeated']]);
  });

  it('refuses answers that differ only by characters nobody can see', () => {
    const check = checkSecurityAnswers([row('q1', 'Nasi Kerabu'), row('q2', 'Nasi\u200B Kerabu'), row('q3', 'Na\u00ADsi Kera\u200Dbu')], KNOWN);
    expect(check.rows).toEqual([[], ['answer-repeated'], ['answer-repeated']]);
  });

  it('accepts answers that only share a word', () => {
    expect(checkSecurityAnswers([row('q1', 'Nasi Kerabu'), row('q2', 'Nasi Dagang'), row('q3', 'Laksam')], KNOWN).ok).toBe(true);
  });
});

describe('checkSecurityAnswers: an answer may not repeat its own question', () => {
  const firstPet = securityQuestions.find((question) => question.id === 'first-pet')!;
  const check = (answer: string) => checkSecurityAnswers([row('first-pet', answer)], securityQuestions).rows[0];

  it.each([
    ['a word of the Malay question', 'Haiwan saya', firstPet.text.ms],
    ['two words of the Malay question', 'peliharaan pertama', firstPet.text.ms],
    ['a word of the English question', 'my PET', firstPet.text.en],
  ])('refuses %s', (_label, answer) => {
    expect(check(answer)).toEqual(['answer-contains-question']);
  });

  it.each([
    ['a real answer', 'Comel si kucing'],
    ['the words every question has ("nama", "apakah", "your")', 'Nama dia Tompok'],
    ['a word of another question', 'Kereta kancil'],
  ])('accepts %s', (_label, answer) => {
    expect(check(answer)).toEqual([]);
  });
});

describe('checkSecurityAnswers: what the IC number, name and e-mail give away', () => {
  const third = (answer: string) => checkSecurityAnswers([GOOD[0]!, GOOD[1]!, row('q3', answer)], KNOWN, SITI).rows[2];

  it.each([
    ['the IC number', 'IC saya 900101-03-5678', ['answer-contains-ic', 'answer-birth-date']],
    ['the birth date in words (Malay)', '1 Januari 1990', ['answer-birth-date']],
    ['the birth date in words (English)', 'January 1, 1990', ['answer-birth-date']],
    ['the birth date with slashes', '01/01/1990', ['answer-birth-date']],
    ['the birth date with a two-digit year', '1-1-90', ['answer-birth-date']],
    ['the birth date year first', '1990-01-01', ['answer-birth-date']],
    ['the IC date part', '900101', ['answer-birth-date']],
    ['the birth state', 'Kelantan', ['answer-birth-state']],
    ['the birth state with its title', 'Negeri Kelantan Darul Naim', ['answer-birth-state']],
    ['the birth state in dialect', 'Kelate', ['answer-birth-state']],
    ['a name part on its own', 'Abdullah', ['answer-contains-name']],
    ['two name parts', 'Nur Abdullah', ['answer-contains-name']],
    ['the e-mail local part', 'siti.aisyah', ['answer-contains-name', 'answer-contains-email']],
  ] as const)('refuses %s', (_label, answer, problems) => {
    expect(third(answer)).toEqual(problems);
  });

  it.each([
    ['another date', '2 Januari 1990'],
    ['another state', 'Terengganu'],
    ['a town in the birth state', 'Pasir Mas'],
    ['a friend who shares one name part', 'Nur Hidayah'],
    ['digits that are not the IC number', 'Kancil 660'],
  ])('accepts %s', (_label, answer) => {
    expect(third(answer)).toEqual([]);
  });

  it('applies the profile rules only when the profile is known', () => {
    expect(checkSecurityAnswers([GOOD[0]!, GOOD[1]!, row('q3', 'Kelantan')], KNOWN).ok).toBe(true);
  });

  it('reads the state from every code of that state, and not from a country code', () => {
    const johor = { ...SITI, icNumber: '900101225678' };
    const abroad = { ...SITI, icNumber: '900101715678' };
    expect(checkSecurityAnswers([row('q1', 'Johor')], KNOWN, johor).rows[0]).toEqual(['answer-birth-state']);
    expect(checkSecurityAnswers([row('q1', 'Johor')], KNOWN, abroad).rows[0]).toEqual([]);
  });
});
