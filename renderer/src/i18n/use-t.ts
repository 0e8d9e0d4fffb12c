import { useKiosk } from '../store/index.ts';
import type { Catalogue } from './catalogue.ts';
import { ms } from './ms.ts';

/** The catalogue of the language on the switch; Malay for the moment English takes to arrive. */
export function useT(): Catalogue {
  return useKiosk((state) => (state.language === 'en' && state.english) || ms);
}
