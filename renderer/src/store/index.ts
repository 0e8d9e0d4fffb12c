// The app's one store, wired to the real bridge, rules, strength worker and clock. Screens and
// components reach the outside world only through its actions.
import { useStore } from 'zustand';
import { createStrengthClient } from '../strength/client.ts';
import { bridge } from './bridge.ts';
import { createKioskStore } from './kiosk-store.ts';
import * as rules from './rules.ts';
import type { KioskState } from './types.ts';

export type { AnswerRow } from './types.ts';

export const kioskStore = createKioskStore({
  bridge,
  rules,
  formRules: () => import('./form-rules.ts'),
  // The worker starts when the store first warms it (after the IC number is sent); its zxcvbn
  // engine and dictionaries are chunks of their own that only the worker loads.
  strength: createStrengthClient(() => new Worker(new URL('../strength/strength.worker.ts', import.meta.url), { type: 'module' })),
  loadEnglish: async () => (await import('../i18n/en.ts')).en,
  now: () => Date.now(),
  newIdempotencyKey: () => crypto.randomUUID(),
});

/** Read the store through a narrow selector, so a screen re-renders only for what it shows. */
export function useKiosk<T>(selector: (state: KioskState) => T): T {
  return useStore(kioskStore, selector);
}
