// The language on the switch, and English once it has been fetched. Malay is the source catalogue
// and always in the page; English comes from StoreDeps.loadEnglish, on first use or ahead of it.
import type { StateCreator } from 'zustand/vanilla';
import type { KioskState, LanguageActions, LanguageValues, StoreDeps } from './types.ts';

export const createLanguageSlice =
  ({ loadEnglish }: StoreDeps): StateCreator<KioskState, [], [], LanguageValues & LanguageActions> =>
  (set, get) => ({
    english: null,
    setLanguage: (language) => {
      set({ language, languageChosen: true });
      if (language === 'en') void get().loadEnglish();
    },
    loadEnglish: async () => {
      if (get().english) return;
      try {
        set({ english: await loadEnglish() });
      } catch {
        // Malay stays on screen; the next switch or start-up asks again.
      }
    },
  });
