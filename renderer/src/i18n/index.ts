// Malay is in the first chunk; English loads on first use (prefetched right after start-up), so
// the first screen does not wait for a language it may never show.
import type { Language } from '../../../shared/ipc-contract.ts';
import type { Catalogue } from './catalogue.ts';
import { ms } from './ms.ts';

export type { Catalogue } from './catalogue.ts';

const loaded: Partial<Record<Language, Catalogue>> = { ms };
const listeners = new Set<() => void>();

export function loadCatalogue(language: Language): Promise<void> {
  if (loaded[language]) return Promise.resolve();
  return import('./en.ts').then(({ en }) => {
    loaded.en = en;
    for (const listener of listeners) listener();
  });
}

/** The catalogue, or Malay for the few milliseconds English takes to arrive. */
export function catalogueFor(language: Language): Catalogue {
  return loaded[language] ?? ms;
}

export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
