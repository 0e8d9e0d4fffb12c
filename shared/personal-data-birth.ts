// What the IC number gives away: the birth date (YYMMDD) and the state of birth (digits 7–8).
// Neither is a secret, so neither may be a security answer or part of a password.
import { birthDateOf } from './ic-number.ts';
import { digitsOnly, fold } from './password-text.ts';

// birthDateOf picks the latest real century before "today"; asking as of the end of each century
// gives every year the number can stand for, so no clock is needed and nothing slips through.
const CENTURY_ENDS = [new Date(Date.UTC(1999, 11, 31)), new Date(Date.UTC(2099, 11, 31))];

const pad = (value: number) => String(value).padStart(2, '0');

export interface BirthDate {
  readonly years: readonly number[];
  readonly month: number;
  readonly day: number;
}

export function birthDate(icNumber: string): BirthDate | null {
  const dates = CENTURY_ENDS.map((end) => birthDateOf(icNumber, end)).filter((date) => date !== null);
  const first = dates[0];
  if (!first) return null;
  return { years: [...new Set(dates.map((date) => date.year))], month: first.month, day: first.day };
}

/** The birth date as digits, the ways people write it: 900101, 010190, 01011990, 19900101, 111990. */
export function birthDateForms(icNumber: string): string[] {
  const date = birthDate(icNumber);
  if (!date) return [];
  const [dd, mm, yy] = [pad(date.day), pad(date.month), icNumber.slice(0, 2)];
  const forms = [`${yy}${mm}${dd}`, `${dd}${mm}${yy}`];
  for (const year of date.years) forms.push(`${dd}${mm}${year}`, `${year}${mm}${dd}`, `${date.day}${date.month}${year}`);
  return [...new Set(forms)];
}

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['januari january jan', 1], ['februari february feb', 2], ['mac march mar', 3], ['april apr', 4],
    ['mei may', 5], ['jun june', 6], ['julai july jul', 7], ['ogos august ogo aug', 8],
    ['september sep sept', 9], ['oktober october okt oct', 10], ['november nov', 11], ['disember december dis dec', 12],
  ].flatMap(([names, month]) => String(names).split(' ').map((name) => [name, Number(month)])),
);

/** Whether an answer is, or holds, the birth date: "1 Januari 1990", "01/01/90", "1990-01-01", "900101". */
export function isBirthDateAnswer(answer: string, icNumber: string): boolean {
  const date = birthDate(icNumber);
  if (!date) return false;
  const forms = birthDateForms(icNumber);
  const tokens = fold(answer).split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
  if (tokens.some((token) => forms.includes(token)) || forms.includes(digitsOnly(answer))) return true;
  const values = tokens.map((token) => (/^\d+$/.test(token) ? Number(token) : (MONTHS[token] ?? null)));
  const isYear = (value: number | null, token: string | undefined) =>
    value !== null && (date.years.includes(value) || (token?.length === 2 && token === icNumber.slice(0, 2)));
  for (let index = 0; index + 2 < values.length; index += 1) {
    const [a, b, c] = values.slice(index, index + 3);
    const [ta, , tc] = tokens.slice(index, index + 3);
    if (a === date.day && b === date.month && isYear(c ?? null, tc)) return true;
    if (isYear(a ?? null, ta) && b === date.month && c === date.day) return true;
    if (a === date.month && b === date.day && isYear(c ?? null, tc)) return true;
  }
  return false;
}

// National Registration Department codes for each state and federal territory, with the names,
// short forms and royal titles people write it with.
const STATES: ReadonlyArray<{ readonly codes: readonly number[]; readonly names: readonly string[] }> = [
  { codes: [1, 21, 22, 23, 24], names: ['johor', 'johore', 'jdt'] },
  { codes: [2, 25, 26, 27], names: ['kedah'] },
  { codes: [3, 28, 29], names: ['kelantan', 'kelate'] },
  { codes: [4, 30], names: ['melaka', 'malacca'] },
  { codes: [5, 31, 59], names: ['negerisembilan', 'nsembilan', 'ns', 'nogori'] },
  { codes: [6, 32, 33], names: ['pahang'] },
  { codes: [7, 34, 35], names: ['pulaupinang', 'ppinang', 'penang', 'pinang'] },
  { codes: [8, 36, 37, 38, 39], names: ['perak'] },
  { codes: [9, 40], names: ['perlis'] },
  { codes: [10, 41, 42, 43, 44], names: ['selangor'] },
  { codes: [11, 45, 46], names: ['terengganu', 'trengganu', 'ganu'] },
  { codes: [12, 47, 48, 49], names: ['sabah'] },
  { codes: [13, 50, 51, 52, 53], names: ['sarawak'] },
  { codes: [14, 54, 55, 56, 57], names: ['kualalumpur', 'kl'] },
  { codes: [15, 58], names: ['labuan'] },
  { codes: [16], names: ['putrajaya'] },
];

// Words around a state's name that do not change the answer: "Negeri Kelantan Darul Naim".
const STATE_FILLER = new Set([
  'negeri', 'state', 'of', 'the', 'di', 'wilayah', 'persekutuan', 'federal', 'territory', 'wp', 'w', 'p',
  'darul', 'naim', 'takzim', 'aman', 'makmur', 'ehsan', 'ridzuan', 'khusus', 'iman',
]);

/** The names of the state the IC number says the person was born in; empty for a country or code 82. */
export function birthStateNames(icNumber: string): readonly string[] {
  const code = Number(icNumber.slice(6, 8));
  return STATES.find((state) => state.codes.includes(code))?.names ?? [];
}

/** Whether an answer is the state of birth, e.g. "Kelantan", "Negeri Kelantan Darul Naim", "P. Pinang". */
export function isBirthStateAnswer(answer: string, icNumber: string): boolean {
  const words = fold(answer).split(/[^\p{L}]+/u).filter((word) => word.length > 0 && !STATE_FILLER.has(word));
  return words.length > 0 && birthStateNames(icNumber).includes(words.join(''));
}
