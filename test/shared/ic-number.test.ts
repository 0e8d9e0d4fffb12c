import { describe, it, expect } from 'vitest';
import {
  IC_NUMBER_DIGITS,
  birthDateOf,
  formatIcNumber,
  isAssignedPlaceOfBirth,
  maskIcNumber,
  normaliseIcNumber,
  parseIcNumber,
} from '../../shared/ic-number.ts';
import type { IcNumberProblem } from '../../shared/ic-number.ts';

// A fixed clock: every test says which day "today" is.
const TODAY = new Date('2026-11-24T00:00:00Z');
const IN_1999 = new Date('1999-06-15T00:00:00Z');

/** A 12-digit number with the given date (YYMMDD) and place-of-birth code; the serial is fixed. */
const ic = (yymmdd: string, placeOfBirth: string, serial = '5678'): string => `${yymmdd}${placeOfBirth}${serial}`;
const pb = (code: number): string => String(code).padStart(2, '0');

// docs/domain.md, written out independently of the module's ranges.
const UNASSIGNED_PLACE_OF_BIRTH = new Set([0, 17, 18, 19, 20, 69, 70, 73, 80, 81, 94, 95, 96, 97]);

describe('normaliseIcNumber', () => {
  it.each([
    ['900101-14-5678', '900101145678'],
    ['900101145678', '900101145678'],
    ['900101 14 5678', '900101145678'],
    ['  900101 - 14 - 5678  ', '900101145678'],
    ['900101\t14\n5678', '900101145678'],
    ['900101\u00A014\u00A05678', '900101145678'], // no-break space
    ['900101\u300014\u30005678', '900101145678'], // ideographic space
    ['900101.14.5678', '900101145678'],
    ['９００１０１−１４−５６７８', '900101145678'], // full-width digits, U+2212 minus
    ['９００１０１－１４－５６７８', '900101145678'], // full-width digits, full-width hyphen-minus
    ['900101\uFE6314\uFE635678', '900101145678'], // small hyphen-minus
    ['\uFEFF900101\u200B14\u00AD5678\u202C', '900101145678'], // invisible characters from pasted text
  ])('%j → %j', (input, expected) => {
    expect(normaliseIcNumber(input)).toBe(expected);
  });

  it.each(['2010', '2011', '2012', '2013', '2014', '2015', '2212'])('strips the dash U+%s', (codePoint) => {
    const dash = String.fromCodePoint(parseInt(codePoint, 16));
    expect(normaliseIcNumber(`900101${dash}14${dash}5678`)).toBe('900101145678');
  });

  it('keeps characters that are not separators, so they can be reported', () => {
    expect(normaliseIcNumber('900101_14/5678')).toBe('900101_14/5678');
  });
});

describe('parseIcNumber: accepted forms', () => {
  it.each([
    ['900101-14-5678'],
    ['900101145678'],
    ['900101 14 5678'],
    [' 900101-14-5678 \n'],
    ['900101\u201014\u20115678'],
    ['900101\u201214\u20135678'],
    ['900101\u201414\u20155678'],
    ['900101\u221214\u22125678'],
    ['９００１０１−１４−５６７８'],
    ['９００１０１１４５６７８'],
  ])('%j is 900101145678', (input) => {
    expect(parseIcNumber(input, TODAY)).toEqual({ ok: true, icNumber: '900101145678' });
  });
});

describe('parseIcNumber: one reason per rule', () => {
  const cases: ReadonlyArray<readonly [string, string, IcNumberProblem | null]> = [
    // empty
    ['nothing', '', 'empty'],
    ['only spaces', '    ', 'empty'],
    ['only separators', ' - - ', 'empty'],
    ['only full-width spaces and dashes', '\u3000\u2212\u3000', 'empty'],
    // characters
    ['a letter', '90010114567X', 'characters'],
    ['an underscore', '900101_14_5678', 'characters'],
    ['a slash', '900101/14/5678', 'characters'],
    ['Arabic-Indic digits (not NFKC-folded)', '٩٠٠١٠١١٤٥٦٧٨', 'characters'],
    ['letters only', 'abc', 'characters'],
    ['characters win over length', '12a', 'characters'],
    // length
    ['11 digits', '90010114567', 'length'],
    ['13 digits', '9001011456789', 'length'],
    ['one digit', '9', 'length'],
    ['old IC format (7 digits)', '1234567', 'length'],
    // date: month and day
    ['month 00', ic('900001', '14'), 'date'],
    ['month 13', ic('901301', '14'), 'date'],
    ['day 00', ic('900100', '14'), 'date'],
    ['day 32', ic('900132', '14'), 'date'],
    ['31 April', ic('900431', '14'), 'date'],
    ['30 April', ic('900430', '14'), null],
    ['31 December', ic('901231', '14'), null],
    ['1 January 2000', ic('000101', '14'), null],
    ['30 February', ic('900230', '14'), 'date'],
    // date: 29 February per century
    ['29 Feb 2000 (2000 is leap)', ic('000229', '14'), null],
    ['29 Feb 2001/1901 (neither leap)', ic('010229', '14'), 'date'],
    ['29 Feb 1996 (2096 is future, 1996 leap)', ic('960229', '14'), null],
    ['29 Feb 1997/2097 (neither leap)', ic('970229', '14'), 'date'],
    ['29 Feb 1990 (2090 future, 1990 not leap)', ic('900229', '14'), 'date'],
    ['29 Feb 2024', ic('240229', '14'), null],
    ['29 Feb 1928 (2028 is future)', ic('280229', '14'), null],
    ['29 Feb 1929/2029 (neither leap)', ic('290229', '14'), 'date'],
    ['28 Feb 2001', ic('010228', '14'), null],
    // date wins over place of birth
    ['bad date and bad place of birth', ic('901301', '00'), 'date'],
    // place of birth
    ['place of birth 00', ic('900101', '00'), 'place-of-birth'],
    ['place of birth 01', ic('900101', '01'), null],
    ['place of birth 99', ic('900101', '99'), null],
  ];

  it.each(cases)('%s: %j → %s', (_label, input, problem) => {
    const result = parseIcNumber(input, TODAY);
    expect(result).toEqual(problem === null ? { ok: true, icNumber: normaliseIcNumber(input) } : { ok: false, problem });
  });

  it('a valid number normalises to exactly IC_NUMBER_DIGITS digits', () => {
    const result = parseIcNumber('９００１０１−１４−５６７８', TODAY);
    expect(result.ok && result.icNumber).toMatch(new RegExp(`^[0-9]{${IC_NUMBER_DIGITS}}$`));
    expect(IC_NUMBER_DIGITS).toBe(12);
  });
});

describe('parseIcNumber: place-of-birth boundaries', () => {
  it.each([
    [0, false], [1, true],
    [16, true], [17, false],
    [20, false], [21, true],
    [59, true], [60, true],
    [68, true], [69, false],
    [70, false], [71, true],
    [72, true], [73, false],
    [74, true], [79, true],
    [80, false], [81, false],
    [82, true], [83, true],
    [93, true], [94, false],
    [97, false], [98, true],
    [99, true],
  ] as const)('code %i assigned: %s', (code, assigned) => {
    expect(isAssignedPlaceOfBirth(code)).toBe(assigned);
    const result = parseIcNumber(ic('900101', pb(code)), TODAY);
    expect(result).toEqual(assigned ? { ok: true, icNumber: ic('900101', pb(code)) } : { ok: false, problem: 'place-of-birth' });
  });

  it('every code 00–99 agrees with the National Registration Department list in docs/domain.md', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 99; code++) {
      const result = parseIcNumber(ic('850615', pb(code)), TODAY);
      if (result.ok === UNASSIGNED_PLACE_OF_BIRTH.has(code)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});

describe('parseIcNumber / birthDateOf: not in the future', () => {
  it('reads today in 2026 as 2026 (today itself is not the future)', () => {
    expect(birthDateOf(ic('261124', '14'), TODAY)).toEqual({ year: 2026, month: 11, day: 24 });
    expect(parseIcNumber(ic('261124', '14'), TODAY).ok).toBe(true);
  });

  it('reads tomorrow as 1926, which is valid', () => {
    expect(parseIcNumber(ic('261125', '14'), TODAY)).toEqual({ ok: true, icNumber: ic('261125', '14') });
    expect(birthDateOf(ic('261125', '14'), TODAY)).toEqual({ year: 1926, month: 11, day: 25 });
  });

  it('reads a past 20YY date as 20YY, the latest real century', () => {
    expect(birthDateOf(ic('050315', '14'), TODAY)).toEqual({ year: 2005, month: 3, day: 15 });
    expect(birthDateOf(ic('900101', '14'), TODAY)).toEqual({ year: 1990, month: 1, day: 1 });
  });

  it('uses the UTC calendar day of the given Date', () => {
    const lateOn24th = new Date('2026-11-24T23:59:59Z');
    expect(birthDateOf(ic('261124', '14'), lateOn24th)?.year).toBe(2026);
    expect(birthDateOf(ic('261125', '14'), lateOn24th)?.year).toBe(1926);
  });

  it('with today in 1999, 000229 is invalid: 2000 is in the future and 1900 is not leap', () => {
    expect(parseIcNumber(ic('000229', '14'), IN_1999)).toEqual({ ok: false, problem: 'date' });
    expect(birthDateOf(ic('000229', '14'), IN_1999)).toBeNull();
  });

  it('with today in 1999, 000101 is 1 January 1900', () => {
    expect(birthDateOf(ic('000101', '14'), IN_1999)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  it('with today in mid-1999, 31 December 99 is in the future in both centuries', () => {
    expect(parseIcNumber(ic('991231', '14'), IN_1999)).toEqual({ ok: false, problem: 'date' });
    expect(birthDateOf(ic('990615', '14'), IN_1999)).toEqual({ year: 1999, month: 6, day: 15 });
  });

  it('returns null for a date that is not real in either century', () => {
    expect(birthDateOf(ic('970229', '14'), TODAY)).toBeNull();
    expect(birthDateOf(ic('901301', '14'), TODAY)).toBeNull();
  });
});

describe('maskIcNumber and formatIcNumber', () => {
  it('masks all but the last four digits', () => {
    expect(maskIcNumber('900101145678')).toBe('******-**-5678');
    expect(maskIcNumber('850615011234')).toBe('******-**-1234');
  });

  it('does not show the date or the place of birth', () => {
    const masked = maskIcNumber('900101145678');
    expect(masked.slice(0, -4)).not.toMatch(/[0-9]/);
  });

  it('formats with two hyphens', () => {
    expect(formatIcNumber('900101145678')).toBe('900101-14-5678');
  });

  it('formats what parseIcNumber returns from any accepted input', () => {
    const result = parseIcNumber('９００１０１ １４ ５６７８', TODAY);
    if (!result.ok) throw new Error(`expected a valid IC number, got ${result.problem}`);
    expect(formatIcNumber(result.icNumber)).toBe('900101-14-5678');
    expect(maskIcNumber(result.icNumber)).toBe('******-**-5678');
  });
});
