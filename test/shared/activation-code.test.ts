import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_CODE_ALPHABET,
  activationCodeFrom,
  formatActivationCode,
  MAX_ACTIVATION_CODE_INPUT,
  parseActivationCode,
} from '../../shared/activation-code.ts';
import { withoutInvisibleCharacters } from '../../shared/invisible-characters.ts';
import { propertyRuns } from '../property.ts';

const codeCharacter = fc.constantFrom(...ACTIVATION_CODE_ALPHABET);
const code = fc.array(codeCharacter, { minLength: 8, maxLength: 8 }).map((characters) => characters.join(''));

/** The code as a person might type it: any case, O for 0, I or L for 1, split by spaces or dashes. */
const typed = code.chain((canonical) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      fc.array(fc.constantFrom('O', 'o'), { minLength: 8, maxLength: 8 }),
      fc.array(fc.constantFrom('I', 'i', 'L', 'l', '1'), { minLength: 8, maxLength: 8 }),
      fc.array(fc.constantFrom('', '', '', ' ', '-', ' - ', '\u2013', '\u00a0'), { minLength: 9, maxLength: 9 }),
    )
    .map(([lower, zeros, ones, gaps]) => {
      const characters = [...canonical].map((character, index) => {
        if (character === '0' && zeros[index] === 'O') return 'O';
        if (character === '0' && zeros[index] === 'o') return 'o';
        if (character === '1') return ones[index]!;
        return lower[index] ? character.toLowerCase() : character;
      });
      return { canonical, text: gaps[0]! + characters.map((character, index) => character + gaps[index + 1]!).join('') };
    }),
);

describe('the short activation code', () => {
  it('reads back any code however it is typed: case, O for 0, I or L for 1, spaces and dashes', () => {
    fc.assert(
      fc.property(typed, ({ canonical, text }) => {
        fc.pre(text.length <= MAX_ACTIVATION_CODE_INPUT);
        expect(parseActivationCode(text)).toEqual({ ok: true, code: canonical });
      }),
      propertyRuns(10_000),
    );
  });

  it('reads the e-mail\'s own form, and full-width letters from an Asian keyboard', () => {
    expect(parseActivationCode('7K3M-9QXD')).toEqual({ ok: true, code: '7K3M9QXD' });
    expect(parseActivationCode('ｋ７ｍｑ－９ｑｘｄ')).toEqual({ ok: true, code: 'K7MQ9QXD' });
    expect(parseActivationCode('OIL0-ilo1')).toEqual({ ok: true, code: '01101101' });
  });

  it('drops the invisible characters a copy from a phone\'s mail app may carry, as the IC number field does', () => {
    expect(parseActivationCode('7K3M\u200B9QXD')).toEqual({ ok: true, code: '7K3M9QXD' });
    expect(parseActivationCode('\uFEFF7K3M\u00AD-9QXD\u2060')).toEqual({ ok: true, code: '7K3M9QXD' });
  });

  it('says what is wrong with what cannot be a code', () => {
    expect(parseActivationCode('  -  ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseActivationCode('7K3M-9QX')).toEqual({ ok: false, problem: 'length' });
    expect(parseActivationCode('7K3M-9QXDD')).toEqual({ ok: false, problem: 'length' });
    expect(parseActivationCode('7K3M-9QXU')).toEqual({ ok: false, problem: 'characters' });
    expect(parseActivationCode('7K3M/9QXD')).toEqual({ ok: false, problem: 'characters' });
    expect(parseActivationCode('x'.repeat(MAX_ACTIVATION_CODE_INPUT + 1))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('never yields a code from text with a character outside the alphabet and its look-alikes', () => {
    const foreign = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((character) => {
      const folded = character.normalize('NFKC').toUpperCase();
      // Separators (spaces, dashes of every kind) and invisible characters are dropped, so they are not foreign.
      return folded.length > 0 && ![...folded].every((c) => `${ACTIVATION_CODE_ALPHABET}OIL`.includes(c) || /[\s\p{Pd}\u2212_.]/u.test(c) || withoutInvisibleCharacters(c) === '');
    });
    fc.assert(
      fc.property(code, foreign, fc.nat({ max: 8 }), (canonical, character, at) => {
        const text = canonical.slice(0, at) + character + canonical.slice(at);
        expect(parseActivationCode(text).ok).toBe(false);
      }),
      propertyRuns(10_000),
    );
  });

  it('makes codes of 8 characters from the alphabet, each character equally likely', () => {
    const counts = new Map<string, number>();
    for (let byte = 0; byte < 256; byte += 1) {
      const made = activationCodeFrom(new Uint8Array(8).fill(byte));
      expect(made).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
      counts.set(made[0]!, (counts.get(made[0]!) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
    expect(new Set(counts.values())).toEqual(new Set([8]));
    expect(() => activationCodeFrom(new Uint8Array(7))).toThrow(RangeError);
  });

  it('is shown in two groups of four', () => {
    expect(formatActivationCode('7K3M9QXD')).toBe('7K3M-9QXD');
  });
});
