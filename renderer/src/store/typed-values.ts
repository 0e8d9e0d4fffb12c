// Everything the person typed or received that could sit on the clipboard after they leave.
import { MAX_LINK_INPUT_LENGTH } from '../../../shared/activation-link.ts';
import { MAX_TYPED_VALUES } from '../../../shared/ipc-channels.ts';
import type { KioskState } from './types.ts';

export function typedValuesOf(state: KioskState): string[] {
  const values = [
    state.icInput,
    state.linkInput,
    state.codeInput,
    state.codeIcInput,
    state.password,
    state.repeat,
    state.wizard.request?.icNumber ?? '',
    state.wizard.activation?.token ?? '',
    ...state.rows.map((row) => row.answer),
  ];
  return values.filter((value) => value.trim() !== '').map((value) => value.slice(0, MAX_LINK_INPUT_LENGTH)).slice(0, MAX_TYPED_VALUES);
}
