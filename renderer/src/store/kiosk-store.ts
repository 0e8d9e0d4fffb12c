import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createFlowSlice } from './flow-slice.ts';
import { createFormSlice } from './form-slice.ts';
import { createLanguageSlice } from './language-slice.ts';
import { createShellSlice } from './shell-slice.ts';
import { createStrengthSlice } from './strength-slice.ts';
import type { KioskState, StoreDeps } from './types.ts';

export type KioskStore = StoreApi<KioskState>;

/** One store from five slices; its dependencies are arguments, so tests pass a fake bridge and clock. */
export function createKioskStore(deps: StoreDeps): KioskStore {
  return createStore<KioskState>()((...api) => ({
    ...createFormSlice(...api),
    ...createFlowSlice(deps)(...api),
    ...createShellSlice(deps)(...api),
    ...createStrengthSlice(deps)(...api),
    ...createLanguageSlice(deps)(...api),
  }));
}
