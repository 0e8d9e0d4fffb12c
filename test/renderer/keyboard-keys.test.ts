// What a key of the on-screen keyboard does to a field's text, and what each layout offers.
import { describe, expect, it } from 'vitest';
import { backspace, insert, layoutFor } from '../../renderer/src/keyboard/keys.ts';
import type { Key } from '../../renderer/src/keyboard/keys.ts';
import { checkPassword, SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';

const field = (value: string, selectionStart = value.length, selectionEnd = selectionStart, maxLength?: number) => ({ value, selectionStart, selectionEnd, maxLength });
const typed = (rows: readonly (readonly Key[])[]) => rows.flat().flatMap((key) => (key.kind === 'char' ? [key.char] : [])).join('');
// Every printable ASCII punctuation mark: what a physical keyboard offers for "special character".
const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const isSpecial = (char: string) => checkPassword(char, SEED_PASSWORD_POLICY).find((result) => result.rule === 'special')?.met;
const named = (rows: readonly (readonly Key[])[]) => rows.flat().map((key) => key.kind);

describe('on-screen keys', () => {
  it('types at the caret, replaces a selection, and moves the caret after what it typed', () => {
    expect(insert(field('9001'), '0')).toEqual({ value: '90010', caret: 5 });
    expect(insert(field('9001', 2), '5')).toEqual({ value: '90501', caret: 3 });
    expect(insert(field('Nasi kerabu', 5, 11), 'dagang')).toEqual({ value: 'Nasi dagang', caret: 11 });
  });

  it('stops at the field\'s maximum length, as a physical keyboard does', () => {
    expect(insert(field('abc', 3, 3, 3), 'd')).toEqual({ value: 'abc', caret: 3 });
    expect(insert(field('abc', 1, 2, 3), 'XY')).toEqual({ value: 'aXc', caret: 2 });
    expect(insert(field('abc', 3, 3, -1), 'd')).toEqual({ value: 'abcd', caret: 4 });
  });

  it('backspace removes the selection or the one character before the caret, never half an emoji', () => {
    expect(backspace(field('900101'))).toEqual({ value: '90010', caret: 5 });
    expect(backspace(field('900101', 2))).toEqual({ value: '90101', caret: 1 });
    expect(backspace(field('900101', 1, 4))).toEqual({ value: '901', caret: 1 });
    expect(backspace(field('', 0))).toEqual({ value: '', caret: 0 });
    expect(backspace(field('ok👍'))).toEqual({ value: 'ok', caret: 2 });
  });

  it('copes with a caret the field reports out of range', () => {
    expect(insert(field('ab', 99, 99), 'c')).toEqual({ value: 'abc', caret: 3 });
    expect(backspace(field('ab', -4, -4))).toEqual({ value: 'ab', caret: 0 });
  });

  it('gives the IC number digits only, with clear and backspace', () => {
    const pad = layoutFor('numeric', 'letters');
    expect([...typed(pad)].sort().join('')).toBe('0123456789');
    expect(named(pad)).toEqual(expect.arrayContaining(['clear', 'backspace', 'hide']));
  });

  it('reaches every letter in both cases, every digit, and every ASCII punctuation mark', () => {
    const all = typed(layoutFor('text', 'letters')) + typed(layoutFor('text', 'shifted')) + typed(layoutFor('text', 'symbols'));
    for (const char of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') expect(all).toContain(char);
    for (const char of ASCII_PUNCTUATION) {
      expect(all, `punctuation ${char}`).toContain(char);
      expect(isSpecial(char), `${char} counts as a special character`).toBe(true);
    }
    expect(named(layoutFor('text', 'letters'))).toEqual(expect.arrayContaining(['shift', 'symbols', 'space', 'backspace', 'hide']));
    expect(named(layoutFor('text', 'symbols'))).toEqual(expect.arrayContaining(['letters', 'space', 'backspace']));
  });

  it('puts paste first on the link field, and only there', () => {
    expect(named(layoutFor('link', 'letters'))[0]).toBe('paste');
    expect(named(layoutFor('text', 'letters'))).not.toContain('paste');
    expect(named(layoutFor('numeric', 'letters'))).not.toContain('paste');
  });
});

describe('the code layout', () => {
  it('offers the short code\'s alphabet and nothing else: no symbols, no space, no letter it leaves out', async () => {
    const { ACTIVATION_CODE_ALPHABET } = await import('../../shared/activation-code.ts');
    const rows = layoutFor('code', 'letters');
    expect([...typed(rows)].sort().join('')).toBe([...ACTIVATION_CODE_ALPHABET].sort().join(''));
    expect(named(rows).filter((kind) => kind !== 'char').sort()).toEqual(['backspace', 'clear', 'hide']);
    // The layer asked for makes no difference: there is only one.
    expect(layoutFor('code', 'symbols')).toEqual(rows);
  });
});
