// Both catalogues at once, for the tests that compare them; the app loads English on demand.
import type { Language } from '../../shared/ipc-contract.ts';
import type { Catalogue } from '../../renderer/src/i18n/catalogue.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { ms } from '../../renderer/src/i18n/ms.ts';

export const catalogues: Readonly<Record<Language, Catalogue>> = { ms, en };
