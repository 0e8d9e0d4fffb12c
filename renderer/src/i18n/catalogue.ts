// The catalogue's type is derived from the Malay source, so a key missing from, or added to,
// the English catalogue is a compile error.
import type { ms } from './ms.ts';

type Leaf = string | ((...values: number[]) => string);

export interface CatalogueShape {
  readonly [key: string]: Leaf | CatalogueShape;
}

type Widen<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends (...values: never[]) => string ? T[K] : Widen<T[K]>;
};

export type Catalogue = Widen<typeof ms>;
