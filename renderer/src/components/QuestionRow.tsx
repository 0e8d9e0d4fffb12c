// One security-question row: the question, its answer (masked: the kiosk screen is public, with a
// reveal for this row only) and "Padam", with each problem in words.
import { useState } from 'react';
import type { SecurityAnswerProblem, SecurityQuestion } from '../../../shared/security-questions.ts';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';
import type { AnswerRow } from '../store/index.ts';
import { describedBy, FieldError } from './FieldError.tsx';

interface QuestionRowProps {
  readonly row: AnswerRow;
  readonly position: number;
  readonly questions: readonly SecurityQuestion[];
  readonly problems: readonly SecurityAnswerProblem[];
  readonly onRemove: () => void;
  /** The answer field was left: its problems may now be shown. */
  readonly onAnswerLeft: () => void;
}

const isQuestionProblem = (problem: SecurityAnswerProblem) => problem.startsWith('question-');

export function QuestionRow({ row, position, questions, problems, onRemove, onAnswerLeft }: QuestionRowProps) {
  const text = useT();
  const language = useKiosk((state) => state.language);
  const chooseQuestion = useKiosk((state) => state.chooseQuestion);
  const setAnswer = useKiosk((state) => state.setAnswer);
  const [revealed, setRevealed] = useState(false);
  const questionProblem = problems.find(isQuestionProblem);
  const answerProblem = problems.find((problem) => !isQuestionProblem(problem));
  const ids = { question: `question-${row.key}`, answer: `answer-${row.key}` };
  const errorIds = { question: `${ids.question}-error`, answer: `${ids.answer}-error` };

  return (
    <div className="question-row">
      <div className="question-field">
        <label htmlFor={ids.question}>{text.questions.question(position)}</label>
        <select
          id={ids.question}
          className="input"
          value={row.questionId}
          onChange={(event) => chooseQuestion(row.key, event.target.value)}
          aria-invalid={questionProblem !== undefined}
          aria-describedby={describedBy(questionProblem !== undefined && errorIds.question)}
        >
          <option value="">{text.questions.choose}</option>
          {questions.map((question) => (
            <option key={question.id} value={question.id}>
              {question.text[language]}
            </option>
          ))}
        </select>
        <FieldError id={errorIds.question} message={questionProblem ? text.questions.problems[questionProblem] : null} />
      </div>
      <div className="answer-field">
        <label htmlFor={ids.answer}>{text.questions.answer(position)}</label>
        <div className="answer-input">
          <input
            id={ids.answer}
            className="input"
            type={revealed ? 'text' : 'password'}
            data-keyboard="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={row.answer}
            onChange={(event) => setAnswer(row.key, event.target.value)}
            onBlur={onAnswerLeft}
            aria-invalid={answerProblem !== undefined}
            aria-describedby={describedBy(answerProblem !== undefined && errorIds.answer)}
          />
          <button
            type="button"
            className="button button-quiet reveal-answer"
            aria-label={revealed ? text.questions.hideAnswer(position) : text.questions.showAnswer(position)}
            onClick={() => setRevealed(!revealed)}
          >
            {revealed ? text.questions.hide : text.questions.show}
          </button>
        </div>
        <FieldError id={errorIds.answer} message={answerProblem ? text.questions.problems[answerProblem] : null} />
      </div>
      <button
        type="button"
        className="button button-danger-quiet remove-row"
        aria-label={text.questions.removeRow(position)}
        onClick={onRemove}
      >
        <span aria-hidden="true">✕</span>
        {text.questions.remove}
      </button>
    </div>
  );
}
