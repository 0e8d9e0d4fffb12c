// The form values: what the person types, kept across language switches and back/next.
import type { StateCreator } from 'zustand/vanilla';
import { REQUIRED_SECURITY_QUESTIONS } from '../../../shared/answer-form.ts';
import type { AnswerRow, FormActions, FormValues, KioskState } from './types.ts';

const emptyRow = (key: number): AnswerRow => ({ key, questionId: '', answer: '' });

export function initialForm(): FormValues {
  const rows = Array.from({ length: REQUIRED_SECURITY_QUESTIONS }, (_, index) => emptyRow(index));
  return {
    icInput: '',
    linkInput: '',
    codeInput: '',
    codeIcInput: '',
    rows,
    nextRowKey: rows.length,
    password: '',
    repeat: '',
    showPassword: false,
    strength: null,
  };
}

export const createFormSlice: StateCreator<KioskState, [], [], FormValues & FormActions> = (set) => {
  const updateRow = (key: number, change: Partial<AnswerRow>) =>
    set((state) => ({ rows: state.rows.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  return {
    ...initialForm(),
    setIcInput: (icInput) => set({ icInput }),
    setLinkInput: (linkInput) => set({ linkInput }),
    setCodeInput: (codeInput) => set({ codeInput }),
    setCodeIcInput: (codeIcInput) => set({ codeIcInput }),
    chooseQuestion: (key, questionId) => updateRow(key, { questionId }),
    setAnswer: (key, answer) => updateRow(key, { answer }),
    addRow: () =>
      set((state) =>
        state.rows.length >= REQUIRED_SECURITY_QUESTIONS
          ? {}
          : { rows: [...state.rows, emptyRow(state.nextRowKey)], nextRowKey: state.nextRowKey + 1 },
      ),
    removeRow: (key) => set((state) => ({ rows: state.rows.filter((row) => row.key !== key) })),
    setPassword: (password) => set({ password }),
    setRepeat: (repeat) => set({ repeat }),
    toggleShowPassword: () => set((state) => ({ showPassword: !state.showPassword })),
  };
};
