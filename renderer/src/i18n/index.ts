import type { Language } from '../../../shared/ipc-contract.ts';
import type { Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { ms } from './ms.ts';

export type { Catalogue } from './catalogue.ts';

export const catalogues: Readonly<Record<Language, Catalogue>> = { ms, en };

export function t(language: Language): Catalogue {
  return catalogues[language];
}
