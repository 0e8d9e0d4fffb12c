import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { REQUIRED_SECURITY_QUESTIONS } from '../../../shared/security-questions.ts';
import type { SecurityAnswerProblem } from '../../../shared/security-questions.ts';
import { FieldError } from '../components/FieldError.tsx';
import { QuestionRow } from '../components/QuestionRow.tsx';
import { ScreenFrame } from '../components/ScreenFrame.tsx';
import { useT } from '../i18n/use-t.ts';
import { checkRows } from '../store/readiness.ts';
import { useKiosk } from '../store/index.ts';

// A question or answer given twice is said at once; the rest once the answer field is left, or
// after the first "Seterusnya".
const shownProblems = (problems: readonly SecurityAnswerProblem[], complete: boolean) =>
  complete ? problems : problems.filter((problem) => problem === 'question-duplicate' || problem === 'answer-repeated');

export function QuestionsScreen() {
  const text = useT();
  const activation = useKiosk((state) => state.wizard.activation);
  const rows = useKiosk((state) => state.rows);
  const nextRowKey = useKiosk((state) => state.nextRowKey);
  const addRow = useKiosk((state) => state.addRow);
  const removeRow = useKiosk((state) => state.removeRow);
  const confirmAnswers = useKiosk((state) => state.confirmAnswers);
  const [attempted, setAttempted] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<number>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, rows]);

  if (!activation) return null;
  const check = checkRows(rows, activation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (await confirmAnswers()) return;
    const firstBad = check.rows.findIndex((problems) => problems.length > 0);
    const row = rows[firstBad];
    const problems = check.rows[firstBad] ?? [];
    if (row) setFocusId(problems.some((problem) => problem.startsWith('question-')) ? `question-${row.key}` : `answer-${row.key}`);
    else if (!check.countMet) setFocusId('add-question');
  };
  const add = () => {
    addRow();
    setFocusId(`question-${nextRowKey}`);
  };

  return (
    <ScreenFrame step="questions" title={text.questions.title} canGoBack>
      <p className="lead">{text.questions.intro}</p>
      <p className="hint">{text.questions.masked}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="question-rows">
          {rows.map((row, index) => (
            <QuestionRow
              key={row.key}
              row={row}
              position={index + 1}
              questions={activation.securityQuestions}
              problems={shownProblems(check.rows[index] ?? [], attempted || left.has(row.key))}
              onAnswerLeft={() => setLeft((keys) => new Set(keys).add(row.key))}
              onRemove={() => {
                removeRow(row.key);
                setFocusId('add-question');
              }}
            />
          ))}
        </div>
        {rows.length < REQUIRED_SECURITY_QUESTIONS && (
          <button id="add-question" type="button" className="button button-secondary" onClick={add}>
            <span aria-hidden="true">+</span>
            {text.questions.add}
          </button>
        )}
        <FieldError id="questions-count" message={attempted && !check.countMet ? text.questions.countMissing : null} />
        <div className="actions actions-separated">
          <button type="submit" className="button button-primary">
            {text.app.next}
          </button>
        </div>
      </form>
    </ScreenFrame>
  );
}
