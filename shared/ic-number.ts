// MyKad number: YYMMDD-PB-###G, 12 digits, no checksum. See docs/domain.md.
import { withoutInvisibleCharacters } from './invisible-characters.ts';

export type IcNumberProblem = 'empty' | 'characters' | 'length' | 'date' | 'place-of-birth';

export type IcNumberCheck =
  | { ok: true; icNumber: string }
  | { ok: false; problem: IcNumberProblem };

export const IC_NUMBER_DIGITS = 12;

// Spaces of every kind, every Unicode dash, the minus sign and the dot people type as separators.
const SEPARATORS = /[\s\p{Pd}\u2212.]/gu;

/** NFKC turns full-width digits (９００１０１) into ASCII; separators and invisible characters are dropped. */
export function normaliseIcNumber(input: string): string {
  return withoutInvisibleCharacters(input).normalize('NFKC').replace(SEPARATORS, '');
}

// National Registration Department place-of-birth codes that are assigned.
const PLACE_OF_BIRTH_RANGES: ReadonlyArray<readonly [number, number]> = [
  [1, 16], [21, 59], [60, 68], [71, 72], [74, 79], [82, 93], [98, 99],
];

export function isAssignedPlaceOfBirth(code: number): boolean {
  return PLACE_OF_BIRTH_RANGES.some(([low, high]) => code >= low && code <= high);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

/** The birth date read off the number: the latest century in which it is real and not in the future. */
export function birthDateOf(icNumber: string, today: Date): { year: number; month: number; day: number } | null {
  const yy = Number(icNumber.slice(0, 2));
  const month = Number(icNumber.slice(2, 4));
  const day = Number(icNumber.slice(4, 6));
  const todayKey = today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  for (const century of [2000, 1900]) {
    const year = century + yy;
    if (isRealDate(year, month, day) && year * 10000 + month * 100 + day <= todayKey) {
      return { year, month, day };
    }
  }
  return null;
}

export function parseIcNumber(input: string, today: Date): IcNumberCheck {
  const digits = normaliseIcNumber(input);
  if (digits.length === 0) return { ok: false, problem: 'empty' };
  if (!/^[0-9]+$/.test(digits)) return { ok: false, problem: 'characters' };
  if (digits.length !== IC_NUMBER_DIGITS) return { ok: false, problem: 'length' };
  if (birthDateOf(digits, today) === null) return { ok: false, problem: 'date' };
  if (!isAssignedPlaceOfBirth(Number(digits.slice(6, 8)))) return { ok: false, problem: 'place-of-birth' };
  return { ok: true, icNumber: digits };
}

/** `******-**-5678`: what a shared screen shows once the number has been entered. */
export function maskIcNumber(icNumber: string): string {
  return `******-**-${icNumber.slice(-4)}`;
}

/** `900101-14-5678` */
export function formatIcNumber(icNumber: string): string {
  return `${icNumber.slice(0, 6)}-${icNumber.slice(6, 8)}-${icNumber.slice(8)}`;
}
