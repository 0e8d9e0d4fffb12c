// The blocklist rules, without zxcvbn: the server, the kiosk's quick check and the strength worker
// share them, each with the word set it can afford (the full list, or the small one on screen one).
import { fold, lettersOnly, leetReadings, readings } from '../password-text.ts';

/** This product's own words: refused anywhere in a password, however spelt. */
export const CONTEXT_WORDS: readonly string[] = ['ispeks', 'kelantan', 'perbendaharaan', 'kerajaan'];

export const blocklistRules = ['password-context-word', 'password-common-word'] as const;
export type BlocklistRule = (typeof blocklistRules)[number];

const POSSESSIVE_SUFFIXES = ['ku', 'mu', 'nya'];

const trimEnd = (text: string) => text.replace(/[^\p{L}]+$/u, '');
const trimStart = (text: string) => text.replace(/^[^\p{L}]+/u, '');

/**
 * The word a password is built on, read the ways a guesser undoes it: digits and symbols before and
 * after dropped ("Sayang12345!"), l33t read back ("P@ssw0rd1234"), digits inside ignored.
 */
function passwordBases(password: string): string[] {
  const trimmed = trimEnd(fold(password));
  const bases = [lettersOnly(trimmed), ...[trimmed, trimStart(trimmed)].flatMap((part) => leetReadings(part).map(lettersOnly))];
  return [...new Set(bases)].filter((base) => base.length > 0);
}

/** The shortest unit the base repeats ("sayangsayang" → "sayang"), or the base itself. */
function repeatedUnit(base: string): string {
  for (let size = 1; size <= base.length / 2; size += 1) {
    if (base.length % size === 0 && base.slice(0, size).repeat(base.length / size) === base) return base.slice(0, size);
  }
  return base;
}

function isCommonBase(base: string, words: ReadonlySet<string>): boolean {
  const unit = repeatedUnit(base);
  if (words.has(unit)) return true;
  return POSSESSIVE_SUFFIXES.some((suffix) => unit.endsWith(suffix) && words.has(unit.slice(0, -suffix.length)));
}

/** The blocklist rules a password breaks, given the set of common words to refuse. */
export function blocklistViolations(password: string, commonWords: ReadonlySet<string>): BlocklistRule[] {
  const violations: BlocklistRule[] = [];
  const letterReadings = readings(password).map(lettersOnly);
  if (CONTEXT_WORDS.some((word) => letterReadings.some((reading) => reading.includes(word)))) {
    violations.push('password-context-word');
  }
  if (passwordBases(password).some((base) => isCommonBase(base, commonWords))) violations.push('password-common-word');
  return violations;
}
