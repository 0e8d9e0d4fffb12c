// The store's checks on the IC number, the answers and the password live in a chunk of their own,
// off the first screen's critical path. The first call that needs them loads them alongside its
// request; from then on they are synchronous, so confirmAnswers and assessPassword stay so.
import type * as FormRules from './form-rules.ts';

type Checks = typeof FormRules;

let loaded: Checks | null = null;
let loading: Promise<Checks> | null = null;

export function loadChecks(): Promise<Checks> {
  loading ??= import('./form-rules.ts').then(
    (rules) => (loaded = rules),
    (error: unknown) => {
      loading = null; // a failed load may be tried again
      throw error;
    },
  );
  return loading;
}

/** The checks, once loaded: every step that uses them comes after a link was opened or an IC sent. */
export function checks(): Checks {
  if (!loaded) throw new Error('form checks used before loadChecks() resolved');
  return loaded;
}
