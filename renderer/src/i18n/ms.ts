// The source catalogue: every visible string and accessible name, in Bahasa Melayu (DOMAIN.md
// glossary), in two parts so the first screen does not carry the strings of the later ones.
import type { CatalogueShape } from './catalogue.ts';
import { msFirst } from './ms-first.ts';
import { msLater } from './ms-later.ts';

export const ms = { ...msFirst, ...msLater } satisfies CatalogueShape;
