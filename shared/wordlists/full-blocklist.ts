// The blocklist the API and the strength worker check every password against: the same words from
// the same lists on both sides, so both refuse the same passwords. Too big for the first screen,
// which checks the small list of common-passwords.ts until the worker has loaded this one.
import { createBlocklist } from './blocklist.ts';
import type { Blocklist } from './blocklist.ts';
import { commonPasswordBases } from './common-passwords.ts';
import { malayWordList } from './malay.ts';
import { breachedPasswords, englishFirstNames, englishLastNames, englishWords, indonesianNames, indonesianWords } from './zxcvbn-lists.ts';

// A password's letters are compared, so only entries of letters can match ("password1" is "password"
// there already); breached passwords with digits in them ("hal9000", "z1x2c3") are kept as typed
// when long enough not to turn up by chance.
const LETTERS = /^\p{Ll}+$/u;
const WITH_DIGITS = /^[\p{Ll}\d]{6,}$/u;
// Three letters on their own only from everyday words: deep in the lists of names and breaches they
// are initials and abbreviations ("nba", "ivs"), which a random password holds by chance.
const EVERYDAY = 5_000;

/** Breached passwords, English, Indonesian and Malay words and names, this system's words. */
export function fullBlocklist(): Blocklist {
  const words: string[] = [];
  const everydayShort = new Set<string>();
  const rareShort: string[] = [];
  for (const list of [malayWordList, commonPasswordBases, breachedPasswords.slice(0, EVERYDAY), englishWords.slice(0, EVERYDAY)]) {
    for (const entry of list) if (entry.length === 3 && LETTERS.test(entry)) everydayShort.add(entry);
  }
  for (const list of [malayWordList, commonPasswordBases, breachedPasswords, englishWords, englishFirstNames, englishLastNames, indonesianWords, indonesianNames]) {
    for (const entry of list) {
      if (entry.length < 3 || !LETTERS.test(entry)) continue;
      if (entry.length > 3) words.push(entry);
      else if (!everydayShort.has(entry)) rareShort.push(entry);
    }
  }
  for (const entry of breachedPasswords) if (WITH_DIGITS.test(entry) && /\d/.test(entry)) words.push(entry);
  return createBlocklist([...words, ...everydayShort], rareShort);
}
