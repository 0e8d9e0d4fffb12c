// Both catalogues at once, for checks that compare them (tests); the app loads them via index.ts.
import type { Language } from '../../../shared/ipc-contract.ts';
import type { Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { ms } from './ms.ts';

export const catalogues: Readonly<Record<Language, Catalogue>> = { ms, en };
