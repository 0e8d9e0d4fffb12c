// Only the Malay the entry chunk's screens read (app, start, ic) is in the first chunk. The rest of
// the Malay arrives with the later screens, which are the only ones to read it (later-screens.ts
// hands it over before any of them renders); English loads on first use, prefetched once the start
// screen is painted.
import type { Language } from '../../../shared/ipc-contract.ts';
import { afterFirstPaint } from '../boot/first-paint.ts';
import type { Catalogue } from './catalogue.ts';
import { msFirst } from './ms-first.ts';
import type { msLater } from './ms-later.ts';

export type { Catalogue } from './catalogue.ts';

// Until completeMalay runs this holds app and start only; nothing in the first chunk reads more.
const loaded: Partial<Record<Language, Catalogue>> = { ms: msFirst as unknown as Catalogue };
let malayComplete = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** The rest of the Malay, from the later screens' chunk. */
export function completeMalay(rest: typeof msLater): void {
  if (malayComplete) return;
  malayComplete = true;
  loaded.ms = { ...msFirst, ...rest };
  notify();
}

/** The language's catalogue, fetched once the first screen is painted (first-paint.ts). */
export function loadCatalogue(language: Language): Promise<void> {
  if (language === 'ms') {
    return malayComplete
      ? Promise.resolve()
      : afterFirstPaint()
          .then(() => import('./ms-later.ts'))
          .then(({ msLater }) => completeMalay(msLater));
  }
  if (loaded.en) return Promise.resolve();
  return afterFirstPaint()
    .then(() => import('./en.ts'))
    .then(({ en }) => {
      loaded.en = en;
      notify();
    });
}

/** The catalogue, or Malay for the few milliseconds English takes to arrive. */
export function catalogueFor(language: Language): Catalogue {
  return loaded[language] ?? loaded.ms!;
}

export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
