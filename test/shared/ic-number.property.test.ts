// Property tests of the IC-number parser: any way a person can write a valid number reads back as
// that number; anything else is refused with the reason, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIcNumber, parseIcNumber } from '../../shared/ic-number.ts';
import { assertProperty, PROPERTY_TIMEOUT_MS } from '../property.ts';

const TODAY = new Date('2026-11-24T00:00:00Z');
const pad = (value: number) => String(value).padStart(2, '0');

// The National Registration Department's assigned place-of-birth codes, listed independently of the module.
const ASSIGNED = [...Array(100).keys()].filter((code) => !(code === 0 || (code >= 17 && code <= 20) || code === 69 || code === 70 || code === 73 || code === 80 || code === 81 || (code >= 94 && code <= 97)));

/** Whether YYMMDD is a real date in 1900–1999 or 2000–today: the oracle is the Date object, not the module. */
function isRealPastDate(yymmdd: string): boolean {
  const [yy, mm, dd] = [0, 2, 4].map((at) => Number(yymmdd.slice(at, at + 2))) as [number, number, number];
  return [1900, 2000].some((century) => {
    const date = new Date(Date.UTC(century + yy, mm - 1, dd));
    return date.getUTCFullYear() === century + yy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd && date <= TODAY;
  });
}

const birthDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: TODAY, noInvalidDate: true }).map((date) => `${pad(date.getUTCFullYear() % 100)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`);
const validIc = fc.tuple(birthDate, fc.constantFrom(...ASSIGNED), fc.integer({ min: 0, max: 9999 })).map(([date, place, serial]) => `${date}${pad(place)}${String(serial).padStart(4, '0')}`);

const SEPARATORS = ['', ' ', '-', '.', '\u00A0', '\u3000', '\u2013', '\u2212', '\uFF0D', '\t', ' - '];
const INVISIBLE = ['\u200B', '\u00AD', '\uFEFF', '\u200D', '\u2060', '\u202C'];

/** The number as a person might type or paste it: separators anywhere, full-width digits, invisible characters. */
const writing = (icNumber: string) =>
  fc.tuple(
    fc.array(fc.constantFrom(...SEPARATORS, ...INVISIBLE), { minLength: 13, maxLength: 13 }),
    fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  ).map(([between, fullWidth]) =>
    [...icNumber].map((digit, at) => `${between[at]}${fullWidth[at] ? String.fromCodePoint(0xff10 + Number(digit)) : digit}`).join('') + between[12],
  );

describe('parseIcNumber, for any input', () => {
  it('reads back every writing of a valid number as that number', () => {
    assertProperty(fc.property(validIc.chain((ic) => fc.tuple(fc.constant(ic), writing(ic))), ([icNumber, written]) => {
      expect(parseIcNumber(written, TODAY)).toEqual({ ok: true, icNumber });
      expect(parseIcNumber(formatIcNumber(icNumber), TODAY)).toEqual({ ok: true, icNumber });
    }));
  }, PROPERTY_TIMEOUT_MS);

  it('accepts 12 digits exactly when the date is real and past and the place of birth assigned', () => {
    const nearlyValid = fc.tuple(fc.nat(99), fc.nat(13), fc.nat(32), fc.nat(99), fc.nat(9999)).map(([yy, mm, dd, place, serial]) => `${pad(yy)}${pad(mm)}${pad(dd)}${pad(place)}${String(serial).padStart(4, '0')}`);
    assertProperty(fc.property(fc.oneof(fc.stringMatching(/^\d{12}$/), nearlyValid), (digits) => {
      const check = parseIcNumber(digits, TODAY);
      const expected = !isRealPastDate(digits.slice(0, 6)) ? 'date' : !ASSIGNED.includes(Number(digits.slice(6, 8))) ? 'place-of-birth' : null;
      expect(check).toEqual(expected === null ? { ok: true, icNumber: digits } : { ok: false, problem: expected });
    }));
  }, PROPERTY_TIMEOUT_MS);

  it('refuses a wrong number of digits as the length, and a letter anywhere as the characters', () => {
    const letter = fc.constantFrom(...'aZxÉßкя');
    assertProperty(fc.property(validIc, fc.integer({ min: 1, max: 20 }), letter, fc.nat(), (icNumber, length, extra, at) => {
      const digits = length <= 12 ? icNumber.slice(0, length === 12 ? 11 : length) : icNumber + icNumber.slice(0, length - 12);
      expect(parseIcNumber(digits, TODAY)).toEqual({ ok: false, problem: 'length' });
      const cut = at % 13;
      expect(parseIcNumber(`${icNumber.slice(0, cut)}${extra}${icNumber.slice(cut)}`, TODAY)).toEqual({ ok: false, problem: 'characters' });
    }));
  }, PROPERTY_TIMEOUT_MS);

  it('never throws, and what it accepts is 12 ASCII digits that read back as themselves', () => {
    assertProperty(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'0123456789', ...SEPARATORS, ...INVISIBLE, '٣', '①', 'x') })), (input) => {
      const check = parseIcNumber(input, TODAY);
      if (check.ok) {
        expect(check.icNumber).toMatch(/^\d{12}$/);
        expect(parseIcNumber(check.icNumber, TODAY)).toEqual(check);
      }
    }));
  }, PROPERTY_TIMEOUT_MS);
});
