// Three different security questions from the list the API gives, each with an answer that is
// not guessable from the question, the IC number or the person's name and e-mail.
import { normaliseAnswer } from './answer-text.ts';
import { isBirthDateAnswer, isBirthStateAnswer } from './personal-data-birth.ts';
import { containsEmail, containsIcNumber, isNameAnswer } from './personal-data.ts';
import type { PersonalProfile } from './personal-data.ts';

import { MAX_ANSWER_LENGTH, MIN_ANSWER_LENGTH, REQUIRED_SECURITY_QUESTIONS } from './answer-form.ts';

export { MAX_ANSWER_LENGTH, MIN_ANSWER_LENGTH, normaliseAnswer, REQUIRED_SECURITY_QUESTIONS };

export interface SecurityQuestion {
  readonly id: string;
  readonly text: { readonly ms: string; readonly en: string };
}

export interface SecurityAnswerDraft {
  readonly questionId: string | null;
  readonly answer: string;
}

/** Every problem a row can have, in the order they are reported. */
export const securityAnswerProblems = [
  'question-missing',
  'question-unknown',
  'question-duplicate',
  'answer-empty',
  'answer-too-short',
  'answer-too-long',
  'answer-repeated',
  'answer-contains-question',
  'answer-contains-ic',
  'answer-birth-date',
  'answer-birth-state',
  'answer-contains-name',
  'answer-contains-email',
] as const;
export type SecurityAnswerProblem = (typeof securityAnswerProblems)[number];

export interface SecurityAnswersCheck {
  /** Whether there are exactly three rows. */
  readonly countMet: boolean;
  /** The problems of each row, by index; an empty array is a good row. */
  readonly rows: SecurityAnswerProblem[][];
  readonly ok: boolean;
}


// Words every question is made of: repeating them gives nothing away, so they do not count.
const QUESTION_FILLER = new Set([
  'apakah', 'siapakah', 'manakah', 'bilakah', 'berapakah', 'bagaimanakah', 'adakah', 'nama', 'anda', 'awak',
  'semasa', 'ketika', 'masa', 'dari', 'daripada', 'dan', 'yang', 'untuk', 'dengan', 'pada', 'itu', 'ini',
  'what', 'who', 'which', 'when', 'where', 'how', 'was', 'were', 'the', 'your', 'you', 'name', 'and', 'for', 'did',
]);

const wordsIn = (text: string) => normaliseAnswer(text).split(/[^\p{L}\p{N}]+/u).filter((word) => [...word].length >= 3);

/** Whether the answer repeats a word of its own question, in either language ("Haiwan peliharaan"). */
function repeatsQuestion(answer: string, question: SecurityQuestion | undefined): boolean {
  if (!question) return false;
  const questionWords = new Set([...wordsIn(question.text.ms), ...wordsIn(question.text.en)].filter((word) => !QUESTION_FILLER.has(word)));
  return wordsIn(answer).some((word) => questionWords.has(word));
}

function answerProblems(answer: string, question: SecurityQuestion | undefined, profile: PersonalProfile | null): SecurityAnswerProblem[] {
  const problems: SecurityAnswerProblem[] = [];
  if (repeatsQuestion(answer, question)) problems.push('answer-contains-question');
  if (!profile) return problems;
  if (containsIcNumber(answer, profile.icNumber)) problems.push('answer-contains-ic');
  if (isBirthDateAnswer(answer, profile.icNumber)) problems.push('answer-birth-date');
  if (isBirthStateAnswer(answer, profile.icNumber)) problems.push('answer-birth-state');
  if (isNameAnswer(answer, profile)) problems.push('answer-contains-name');
  if (containsEmail(answer, profile)) problems.push('answer-contains-email');
  return problems;
}

/**
 * Every problem of every row. `questions` is the list the API offered; `profile` is the person's,
 * when known, for the rules about what the IC number, name and e-mail give away.
 */
export function checkSecurityAnswers(
  rows: readonly SecurityAnswerDraft[],
  questions: readonly SecurityQuestion[],
  profile: PersonalProfile | null = null,
): SecurityAnswersCheck {
  const known = new Map(questions.map((question) => [question.id, question]));
  const seenQuestions = new Set<string>();
  const seenAnswers = new Set<string>();
  const problems = rows.map((row) => {
    const rowProblems: SecurityAnswerProblem[] = [];
    if (row.questionId === null || row.questionId === '') rowProblems.push('question-missing');
    else if (!known.has(row.questionId)) rowProblems.push('question-unknown');
    else if (seenQuestions.has(row.questionId)) rowProblems.push('question-duplicate');
    else seenQuestions.add(row.questionId);
    const answer = normaliseAnswer(row.answer);
    const length = [...answer].length;
    if (length === 0) return [...rowProblems, 'answer-empty' as const];
    if (length < MIN_ANSWER_LENGTH) rowProblems.push('answer-too-short');
    else if (length > MAX_ANSWER_LENGTH) rowProblems.push('answer-too-long');
    if (seenAnswers.has(answer)) rowProblems.push('answer-repeated');
    seenAnswers.add(answer);
    return [...rowProblems, ...answerProblems(answer, known.get(row.questionId ?? ''), profile)];
  });
  const countMet = rows.length === REQUIRED_SECURITY_QUESTIONS;
  return { countMet, rows: problems, ok: countMet && problems.every((row) => row.length === 0) };
}
