// Password strength: the worker is warmed once the first screen is behind, and asked about each
// password; its answer is kept only if the password is still the one asked about.
import type { StateCreator } from 'zustand/vanilla';
import type { KioskState, StoreDeps, StrengthActions } from './types.ts';

export const createStrengthSlice =
  ({ strength, formRules }: StoreDeps): StateCreator<KioskState, [], [], StrengthActions> =>
  (set, get) => ({
    warmStrength: () => strength.warm(),
    assessPassword: async () => {
      const { password, wizard } = get();
      if (!wizard.activation || password === '') return;
      const { passwordContextOf, personalWords } = await formRules();
      const context = passwordContextOf(get());
      if (!context) return;
      const userInputs = personalWords(context.personal);
      const inputs = userInputs.join('\n');
      const known = get().strength;
      if (known?.password === password && known.inputs === inputs && known.outcome !== 'unavailable') return;
      const outcome = await strength.assess(password, userInputs);
      if (outcome !== null && get().password === password) set({ strength: { password, inputs, outcome } });
    },
  });
