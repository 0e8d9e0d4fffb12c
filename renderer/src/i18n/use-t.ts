import { useEffect, useSyncExternalStore } from 'react';
import { useKiosk } from '../store/index.ts';
import type { Catalogue } from './catalogue.ts';
import { catalogueFor, loadCatalogue, onCatalogueLoaded } from './index.ts';

/** The catalogue of the language currently on the switch. */
export function useT(): Catalogue {
  const language = useKiosk((state) => state.language);
  useEffect(() => void loadCatalogue(language), [language]);
  const catalogue = () => catalogueFor(language);
  return useSyncExternalStore(onCatalogueLoaded, catalogue, catalogue);
}
