import { useKiosk } from '../store.ts';
import type { Catalogue } from './catalogue.ts';
import { t } from './index.ts';

/** The catalogue of the language currently on the switch. */
export function useT(): Catalogue {
  return t(useKiosk((state) => state.language));
}
