import { describe, it, expect } from 'vitest';
import {
  MAX_ANSWER_LENGTH,
  REQUIRED_SECURITY_QUESTIONS,
  checkSecurityAnswers,
  normaliseAnswer,
} from '../../shared/security-questions.ts';
import type { SecurityAnswerDraft } from '../../shared/security-questions.ts';

const KNOWN = ['q1', 'q2', 'q3', 'q4', 'q5'];
const row = (questionId: string | null, answer: string): SecurityAnswerDraft => ({ questionId, answer });
const GOOD: readonly SecurityAnswerDraft[] = [row('q1', 'Kota Bharu'), row('q2', 'Kucing Oren'), row('q3', 'Nasi Kerabu')];

describe('constants', () => {
  it('asks for three questions with answers of at most 40 characters', () => {
    expect(REQUIRED_SECURITY_QUESTIONS).toBe(3);
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

  it('makes answers that differ only in case, width and spacing equal', () => {
    expect(normaliseAnswer('  SITI   aminah ')).toBe(normaliseAnswer('Ｓｉｔｉ Ａｍｉｎａｈ'));
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
    ['one row', GOOD.slice(0, 1)],
    ['two rows', GOOD.slice(0, 2)],
    ['four rows', [...GOOD, row('q4', 'Merah')]],
  ])('rejects %s, even when every row is good', (_label, rows) => {
    const check = checkSecurityAnswers(rows, KNOWN);
    expect(check.countMet).toBe(false);
    expect(check.ok).toBe(false);
    expect(check.rows).toEqual(rows.map(() => []));
  });
});

describe('checkSecurityAnswers: the problems of each row', () => {
  it.each([
    ['no question (null)', row(null, 'Kota Bharu'), ['question-missing']],
    ['no question (empty id)', row('', 'Kota Bharu'), ['question-missing']],
    ['a question not in the list', row('q99', 'Kota Bharu'), ['question-unknown']],
    ['an empty answer', row('q3', ''), ['answer-empty']],
    ['a whitespace-only answer', row('q3', ' \t\n '), ['answer-empty']],
    ['an ideographic-space-only answer', row('q3', '\u3000\u3000'), ['answer-empty']],
    ['no question and no answer', row(null, ''), ['question-missing', 'answer-empty']],
    ['an unknown question and a long answer', row('q99', 'x'.repeat(41)), ['question-unknown', 'answer-too-long']],
  ] as const)('third row with %s', (_label, third, problems) => {
    const check = checkSecurityAnswers([GOOD[0]!, GOOD[1]!, third], KNOWN);
    expect(check.rows).toEqual([[], [], problems]);
    expect(check.countMet).toBe(true);
    expect(check.ok).toBe(false);
  });

  it('matches question ids exactly (no case folding)', () => {
    expect(checkSecurityAnswers([row('Q1', 'a')], KNOWN).rows).toEqual([['question-unknown']]);
  });

  it('marks the second use of a question as a duplicate, not the first', () => {
    const check = checkSecurityAnswers([row('q1', 'Kota Bharu'), row('q2', 'Oren'), row('q1', 'Pasir Mas')], KNOWN);
    expect(check.rows).toEqual([[], [], ['question-duplicate']]);
    expect(check.ok).toBe(false);
  });

  it('marks every later use of a question', () => {
    const check = checkSecurityAnswers([row('q2', 'a'), row('q2', 'b'), row('q2', 'c')], KNOWN);
    expect(check.rows).toEqual([[], ['question-duplicate'], ['question-duplicate']]);
  });

  it('reports a duplicate and an empty answer together', () => {
    const check = checkSecurityAnswers([row('q1', 'a'), row('q1', '  ')], KNOWN);
    expect(check.rows).toEqual([[], ['question-duplicate', 'answer-empty']]);
  });

  it('does not call two empty rows duplicates of each other', () => {
    const check = checkSecurityAnswers([row(null, 'a'), row(null, 'b'), row('q1', 'c')], KNOWN);
    expect(check.rows).toEqual([['question-missing'], ['question-missing'], []]);
  });

  it('accepts nothing when the list of known questions is empty', () => {
    expect(checkSecurityAnswers(GOOD, []).rows).toEqual([['question-unknown'], ['question-unknown'], ['question-unknown']]);
  });
});

describe('checkSecurityAnswers: answer length', () => {
  it.each([
    ['40 characters', 'x'.repeat(40), []],
    ['41 characters', 'x'.repeat(41), ['answer-too-long']],
    ['40 emoji (80 UTF-16 units)', '😀'.repeat(40), []],
    ['41 emoji', '😀'.repeat(41), ['answer-too-long']],
    ['40 characters with spaces around', `   ${'x'.repeat(40)}   `, []],
    ['40 after collapsing a double space', `${'x'.repeat(20)}  ${'x'.repeat(19)}`, []],
    ['40 full-width letters (NFKC keeps one each)', 'ｘ'.repeat(40), []],
    ['21 ligatures that NFKC expands to 42', '\uFB01'.repeat(21), ['answer-too-long']],
    ['a single character', 'a', []],
  ] as const)('%s', (_label, answer, problems) => {
    const check = checkSecurityAnswers([GOOD[0]!, GOOD[1]!, row('q3', answer)], KNOWN);
    expect(check.rows[2]).toEqual(problems);
    expect(check.ok).toBe(problems.length === 0);
  });
});

describe('checkSecurityAnswers: editing rows', () => {
  it('accepts a question again after the row that held it was removed', () => {
    const before = [row('q1', 'Kota Bharu'), row('q2', 'Oren'), row('q3', 'Nasi Kerabu')];
    const removed = before.filter((_, index) => index !== 1);
    expect(checkSecurityAnswers(removed, KNOWN)).toEqual({ countMet: false, rows: [[], []], ok: false });
    const chosenAgain = [...removed, row('q2', 'Hitam')];
    expect(checkSecurityAnswers(chosenAgain, KNOWN)).toEqual({ countMet: true, rows: [[], [], []], ok: true });
  });

  it('clears a duplicate once the first holder of the question changes to another question', () => {
    const rows = [row('q1', 'a'), row('q2', 'b'), row('q1', 'c')];
    expect(checkSecurityAnswers(rows, KNOWN).ok).toBe(false);
    const changed = [row('q4', 'a'), rows[1]!, rows[2]!];
    expect(checkSecurityAnswers(changed, KNOWN)).toEqual({ countMet: true, rows: [[], [], []], ok: true });
  });

  it('does not depend on earlier calls', () => {
    const duplicated = [row('q1', 'a'), row('q1', 'b'), row('q2', 'c')];
    checkSecurityAnswers(duplicated, KNOWN);
    expect(checkSecurityAnswers(GOOD, KNOWN).ok).toBe(true);
  });
});
