// The on-screen keyboard's layouts and what a key does to a field's text. Pure: no DOM, no state
// kept between presses; what is typed lives only in the field it was typed into.

/** Which keyboard a field asks for, from its `data-keyboard` attribute. */
export type KeyboardKind = 'numeric' | 'text' | 'link' | 'code';
export type Layer = 'letters' | 'shifted' | 'symbols';

export type Key =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'backspace' | 'clear' | 'space' | 'shift' | 'symbols' | 'letters' | 'paste' | 'hide' };

const chars = (row: string): Key[] => [...row].map((char) => ({ kind: 'char', char }));
const key = (kind: Exclude<Key['kind'], 'char'>): Key => ({ kind });

// A numeric pad like a phone's: the hyphen of an IC number is optional (the field accepts both).
const NUMERIC: readonly (readonly Key[])[] = [chars('123'), chars('456'), chars('789'), [key('clear'), ...chars('0'), key('backspace')]];

const LETTER_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
// Every special character the password rules count, reachable in one layer.
const SYMBOL_ROWS = ['1234567890', '!@#$%^&*()', '-_=+[]{};:', '\'",.<>/?\\|', '`~'];

// The short activation code: capitals and digits only, without the letters its alphabet leaves out
// (I, L, O, U), on the rows where a QWERTY keyboard has them, so a finger finds them where it expects.
const CODE_ROWS = ['1234567890', 'QWERTYP', 'ASDFGHJK', 'ZXCVBNM'];

function letters(shifted: boolean): readonly (readonly Key[])[] {
  const rows = LETTER_ROWS.map((row) => chars(shifted ? row.toUpperCase() : row));
  return [rows[0]!, rows[1]!, rows[2]!, [key('shift'), ...rows[3]!, key('backspace')], [key('symbols'), key('space'), key('hide')]];
}

function symbols(): readonly (readonly Key[])[] {
  const rows = SYMBOL_ROWS.map(chars);
  return [...rows.slice(0, -1), [...rows.at(-1)!, key('backspace')], [key('letters'), key('space'), key('hide')]];
}

export function layoutFor(kind: KeyboardKind, layer: Layer): readonly (readonly Key[])[] {
  if (kind === 'numeric') return [...NUMERIC, [key('hide')]];
  if (kind === 'code') return [...CODE_ROWS.map(chars), [key('clear'), key('backspace'), key('hide')]];
  const rows = layer === 'symbols' ? symbols() : letters(layer === 'shifted');
  return kind === 'link' ? [[key('paste'), key('clear')], ...rows] : rows;
}

export interface FieldText {
  readonly value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  /** The field's maxLength; a negative or absent one means no limit. */
  readonly maxLength?: number;
}

export interface Edit {
  readonly value: string;
  readonly caret: number;
}

const clamp = (at: number, value: string) => Math.min(Math.max(at, 0), value.length);

/** Puts `text` in place of the selection, cut to what the field's maxLength still allows. */
export function insert(field: FieldText, text: string): Edit {
  const start = clamp(Math.min(field.selectionStart, field.selectionEnd), field.value);
  const end = clamp(Math.max(field.selectionStart, field.selectionEnd), field.value);
  const room = field.maxLength !== undefined && field.maxLength >= 0 ? field.maxLength - (field.value.length - (end - start)) : Infinity;
  const added = [...text].slice(0, Math.max(0, room)).join('');
  return { value: field.value.slice(0, start) + added + field.value.slice(end), caret: start + added.length };
}

/** Removes the selection, or the character before the caret (a whole emoji, not half of one). */
export function backspace(field: FieldText): Edit {
  const start = clamp(Math.min(field.selectionStart, field.selectionEnd), field.value);
  const end = clamp(Math.max(field.selectionStart, field.selectionEnd), field.value);
  if (start !== end) return { value: field.value.slice(0, start) + field.value.slice(end), caret: start };
  if (start === 0) return { value: field.value, caret: 0 };
  const before = [...field.value.slice(0, start)];
  const kept = before.slice(0, -1).join('');
  return { value: kept + field.value.slice(start), caret: kept.length };
}
