// The app's one store, wired to the real bridge and clock.
import { useStore } from 'zustand';
import { bridge } from './bridge.ts';
import { createKioskStore } from './kiosk-store.ts';
import { deferredStrengthService } from '../strength/deferred.ts';
import type { KioskState } from './types.ts';

export type { AnswerRow } from './types.ts';

export const kioskStore = createKioskStore({
  bridge,
  strength: deferredStrengthService(async () => (await import('../strength/index.ts')).strengthService),
  now: () => Date.now(),
  newIdempotencyKey: () => crypto.randomUUID(),
});

/** Read the store through a narrow selector, so a screen re-renders only for what it shows. */
export function useKiosk<T>(selector: (state: KioskState) => T): T {
  return useStore(kioskStore, selector);
}
