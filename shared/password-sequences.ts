// Repetitive or sequential characters, which NIST SP 800-63B asks verifiers to refuse: one character
// repeated, a run of the alphabet or of digits, a row or column of the keyboard, either way round.
import { fold, leetReadings } from './password-text.ts';

// QWERTY as on Malaysian government desktops, unshifted and shifted: the rows, the columns people
// walk down ("1qaz"), and the alphabet and the digits in order.
const LINES = [
  '`1234567890-=', '~!@#$%^&*()_+', 'qwertyuiop[]\\', 'qwertyuiop{}|', "asdfghjkl;'", 'asdfghjkl:"', 'zxcvbnm,./', 'zxcvbnm<>?',
  '1qaz', '2wsx', '3edc', '4rfv', '5tgb', '6yhn', '7ujm', '8ik,', '9ol.', '0p;/',
  '!qaz', '@wsx', '#edc', '$rfv', '%tgb', '^yhn', '&ujm', '*ik<', '(ol>', ')p:?',
  'abcdefghijklmnopqrstuvwxyz', '0123456789',
];

/** Where each character sits: [line, position] for every line that holds it. */
const PLACES = new Map<string, Array<readonly [string, number]>>();
for (const line of LINES) {
  [...line].forEach((character, position) => PLACES.set(character, [...(PLACES.get(character) ?? []), [line, position]]));
}

/** Runs shorter than this are what any text has ("ab", "ee"); three in a row is a pattern. */
export const MIN_RUN = 3;

/** The length of the longest run (repeat, or one line in one direction) that starts at `start`. */
function runFrom(characters: readonly string[], start: number): number {
  const first = characters[start]!;
  let longest = 1;
  // One character, or two or three said over and over: "aaaa", "cocococo", "lollollol".
  for (let period = 1; period <= 3; period += 1) {
    let length = period;
    while (characters[start + length] !== undefined && characters[start + length] === characters[start + length - period]) length += 1;
    if (length >= period * MIN_RUN) longest = Math.max(longest, length);
  }
  for (const [line, position] of PLACES.get(first) ?? []) {
    for (const step of [1, -1]) {
      let length = 1;
      while (characters[start + length] !== undefined && characters[start + length] === line[position + step * length]) length += 1;
      longest = Math.max(longest, length);
    }
  }
  return longest;
}

/** Which characters of the text belong to a run of at least MIN_RUN. */
export function runCoverage(text: string): boolean[] {
  const characters = [...text];
  const covered = characters.map(() => false);
  for (let start = 0; start < characters.length; start += 1) {
    const length = runFrom(characters, start);
    if (length >= MIN_RUN) covered.fill(true, start, start + length);
  }
  return covered;
}

/**
 * The text without a run at its start, its end or both: "qwertyphoenix" → "phoenix", "etahabc" →
 * "etah"; and with one character of the run left on, for a run that began inside the word
 * ("nurfazira" + "aaa"). A word can start with a run of its own ("treated", "stuff"), hence each
 * end on its own too.
 */
export function withoutEndRuns(text: string): string[] {
  const characters = [...text];
  const covered = runCoverage(text);
  let start = 0;
  let end = characters.length;
  while (start < end && covered[start]) start += 1;
  while (end > start && covered[end - 1]) end -= 1;
  const starts = start > 0 ? [0, start, start - 1] : [0];
  const ends = end < characters.length ? [characters.length, end, end + 1] : [characters.length];
  const cuts = starts.flatMap((from) => ends.map((to) => characters.slice(from, to).join('')));
  return [...new Set(cuts)].filter((cut) => cut !== text);
}

/** Whether the whole text is one run or more: "qwerty", "aaaa", "abcabc". */
export function isAllRuns(text: string): boolean {
  return text.length >= MIN_RUN && runCoverage(text).every(Boolean);
}

// A dressed word is shorter than this; 24 random characters typed twice are no guess anyone makes.
const MAX_TYPED_AGAIN = 20;

/** Whether the text begins with something typed twice or more ("pr135+pr135+", "w2zaw2za") that makes up at least half of it. */
function isTypedAgain(text: string): boolean {
  const characters = [...text];
  for (let size = MIN_RUN; size <= MAX_TYPED_AGAIN && size * 2 <= characters.length; size += 1) {
    let copies = 1;
    while (characters.slice(copies * size, (copies + 1) * size).join('') === characters.slice(0, size).join('')) copies += 1;
    if (copies >= 2 && copies * size * 2 >= characters.length) return true;
  }
  return false;
}

/**
 * Whether at least half the password is runs, whatever its capitals and read back from l33t
 * ("Qw3r7yu1"): the rest is the digit and symbol added to meet the composition rules. So is the
 * password without those at either end ("De3xsw2z" + "1974#"). Or it is mostly the same text typed
 * again ("J3nny1j3nny1j3nny11977!"), whatever that text is.
 */
export function isRepetitiveOrSequential(password: string): boolean {
  const core = password.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const readings = [password, core].flatMap((text) => [fold(text), ...leetReadings(text)]);
  return readings.some((reading) => {
    const covered = runCoverage(reading);
    return covered.length >= 4 && covered.filter(Boolean).length * 2 >= covered.length;
  }) || isTypedAgain(fold(password));
}
