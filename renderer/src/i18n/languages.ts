import type { Language } from '../../../shared/ipc-contract.ts';

/** Each language is named in its own language (docs/domain.md), so these are the same in both catalogues. */
export const languageNames: Readonly<Record<Language, string>> = { ms: 'Bahasa Melayu', en: 'English' };

export const languageOrder: readonly Language[] = ['ms', 'en'];

/** Locales for dates: Malaysian conventions in either language. */
export const locales: Readonly<Record<Language, string>> = { ms: 'ms-MY', en: 'en-MY' };
