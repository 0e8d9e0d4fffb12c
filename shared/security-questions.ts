// Three different security questions from the list the API gives, each with an answer.

export const REQUIRED_SECURITY_QUESTIONS = 3;
export const MAX_ANSWER_LENGTH = 40;

export interface SecurityQuestion {
  readonly id: string;
  readonly text: { readonly ms: string; readonly en: string };
}

export interface SecurityAnswerDraft {
  readonly questionId: string | null;
  readonly answer: string;
}

export type SecurityAnswerProblem =
  | 'question-missing'
  | 'question-unknown'
  | 'question-duplicate'
  | 'answer-empty'
  | 'answer-too-long';

export interface SecurityAnswersCheck {
  /** Whether there are exactly three rows. */
  readonly countMet: boolean;
  /** The problems of each row, by index; an empty array is a good row. */
  readonly rows: SecurityAnswerProblem[][];
  readonly ok: boolean;
}

/** NFKC, trimmed, inner spaces collapsed, case-folded: what is compared and hashed. */
export function normaliseAnswer(answer: string): string {
  return answer.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

export function checkSecurityAnswers(
  rows: readonly SecurityAnswerDraft[],
  knownQuestionIds: readonly string[],
): SecurityAnswersCheck {
  const known = new Set(knownQuestionIds);
  const seen = new Set<string>();
  const problems = rows.map((row) => {
    const rowProblems: SecurityAnswerProblem[] = [];
    if (row.questionId === null || row.questionId === '') rowProblems.push('question-missing');
    else if (!known.has(row.questionId)) rowProblems.push('question-unknown');
    else if (seen.has(row.questionId)) rowProblems.push('question-duplicate');
    else seen.add(row.questionId);
    const answer = normaliseAnswer(row.answer);
    if (answer.length === 0) rowProblems.push('answer-empty');
    else if ([...answer].length > MAX_ANSWER_LENGTH) rowProblems.push('answer-too-long');
    return rowProblems;
  });
  const countMet = rows.length === REQUIRED_SECURITY_QUESTIONS;
  return { countMet, rows: problems, ok: countMet && problems.every((row) => row.length === 0) };
}
