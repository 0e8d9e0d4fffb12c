// The blocklist the API and the strength worker check every password against: the same words from
// the same lists on both sides, so both refuse the same passwords. Too big for the first screen,
// which checks the small list of common-passwords.ts until the worker has loaded this one.
import { createBlocklist } from './blocklist.ts';
import type { Blocklist } from './blocklist.ts';
import { commonPasswordBases } from './common-passwords.ts';
import { malayWordList } from './malay.ts';
import { breachedPasswords, englishFirstNames, englishLastNames, englishWords, indonesianNames, indonesianWords } from './zxcvbn-lists.ts';

// A password's letters are compared, so only entries of letters can match ("password1" is "password"
// there already).
const isLongWord = (entry: string) => /^\p{Ll}{4,}$/u.test(entry);
// Three letters on their own only from everyday words: deep in the lists of names and breaches they
// are initials and abbreviations ("nba", "ivs"), which a random password holds by chance.
const isShortWord = (entry: string) => /^\p{Ll}{3}$/u.test(entry);
const EVERYDAY = 5_000;

// Breached passwords with digits in them ("hal9000", "z1x2c3"), long enough not to turn up by chance.
const isBreachedWithDigits = (entry: string) => /^[\p{Ll}\d]{6,}$/u.test(entry) && /\d/.test(entry);

/** Breached passwords, English, Indonesian and Malay words and names, this system's words. */
export function fullBlocklist(): Blocklist {
  const lists = [malayWordList, commonPasswordBases, breachedPasswords, englishWords, englishFirstNames, englishLastNames, indonesianWords, indonesianNames];
  const everyday = [malayWordList, commonPasswordBases, breachedPasswords.slice(0, EVERYDAY), englishWords.slice(0, EVERYDAY)];
  const everydayShort = new Set(everyday.flat().filter(isShortWord));
  const rareShort = lists.flat().filter((entry) => isShortWord(entry) && !everydayShort.has(entry));
  return createBlocklist([...lists.flat().filter(isLongWord), ...everydayShort, ...breachedPasswords.filter(isBreachedWithDigits)], rareShort);
}
