// The person's own data counts against their password and answers: IC number, birth date, name,
// e-mail and security answers are the first things someone who knows them would try.
import { normaliseAnswer } from './answer-text.ts';
import { birthDateForms } from './personal-data-birth.ts';
import { compact, digitsOnly, fold, lettersOnly, readings, shape, wordsOf } from './password-text.ts';
import { createBlocklist, isOneOrTwoWords, wordReadings } from './wordlists/blocklist.ts';
import type { Blocklist, Reading } from './wordlists/blocklist.ts';
import { commonPasswordBases } from './wordlists/common-passwords.ts';

export interface PersonalProfile {
  /** 12 digits. */
  readonly icNumber: string;
  readonly name: string;
  readonly email: string;
}

export interface PersonalData extends PersonalProfile {
  /** The security answers as typed, in row order. */
  readonly answers: readonly string[];
}

export const personalDataRules = [
  'password-contains-ic',
  'password-contains-birth-date',
  'password-contains-name',
  'password-contains-email',
  'password-contains-answer',
] as const;
export type PersonalDataRule = (typeof personalDataRules)[number];

export interface PersonalDataViolation {
  readonly rule: PersonalDataRule;
  /** For an answer: which row (1-based), so the kiosk can say which without showing it. */
  readonly answer?: number;
}

// Particles and titles that are in the name but say nothing about this person.
const NAME_PARTICLES = new Set(['bin', 'binti', 'bte', 'binte', 'anak', 'haji', 'hajah', 'dato', 'datuk', 'datin']);

/** Name parts of at least three letters: "Nik Nur 'Ain binti Nik Mat" → nik, nur, ain, mat. */
export function nameParts(name: string): string[] {
  const parts = fold(name)
    .split(/[^\p{L}]+/u)
    .filter((part) => [...part].length >= 3 && !NAME_PARTICLES.has(part));
  return [...new Set(parts)];
}

/** The e-mail's local part, compacted ("siti.aisyah" → "sitiaisyah"), and its pieces and letter runs of four or more. */
export function emailParts(email: string): string[] {
  const local = fold(email.split('@')[0] ?? '');
  const pieces = local.split(/[^\p{L}\p{N}]+/u).filter((piece) => piece.length >= 4);
  const letterRuns = local.split(/[^\p{L}]+/u).filter((run) => run.length >= 4);
  return [...new Set([compact(local), ...pieces, ...letterRuns])].filter((part) => part.length >= 4);
}

/** A part this short ("Nur", "Siti", "nasi") counts only as a whole word, so "Nurani", "Position" and "Nasihat" are fine. */
const SHORT_PART = 4;

const reversed = (text: string) => [...text].reverse().join('');

/** The word a word repeats ("kueykuey" → "kuey"), or the word itself. */
function repeatedUnit(word: string): string {
  for (let size = 1; size <= word.length / 2; size += 1) {
    if (word.length % size === 0 && word.slice(0, size).repeat(word.length / size) === word) return word.slice(0, size);
  }
  return word;
}

/** The password as someone who knows the person reads it: case folded, l33t read back, forwards and backwards. */
interface PasswordReadings {
  readonly shapes: readonly string[];
  readonly words: ReadonlySet<string>;
  /** The password undressed, as the blocklist reads it: to tell one built only of the person's words. */
  readonly asWords: readonly Reading[];
}

function readPassword(password: string): PasswordReadings {
  const words = [...wordsOf(password), ...readings(password).flatMap(wordsOf)].flatMap((word) => [word, repeatedUnit(word)]);
  // Symbols read as l33t, or dropped as put in ("Co#melsikucing"), digits kept or read as letters.
  const shapes = [shape(password), compact(password), lettersOnly(fold(password))];
  return {
    shapes: [...shapes, ...shapes.map(reversed)],
    // Backwards, a word of three letters is as likely chance as choice ("nia" in a random password).
    words: new Set([...words, ...words.filter((word) => [...word].length > 3).map(reversed)]),
    asWords: wordReadings(password),
  };
}

/**
 * Whether the password is one of these parts, or two words of which one is, the other the person's
 * or a common password, and nothing else however dressed ("Kerabuaaa2016#", "Teowmei1958#").
 */
function isBuiltFrom(read: PasswordReadings, parts: readonly string[], others: Blocklist): boolean {
  return parts.length > 0 && isOneOrTwoWords(read.asWords, createBlocklist(parts), others);
}

/** Whether the password holds the part: a short one as a word, a longer one anywhere, however spelt. */
function holds(read: PasswordReadings, part: string): boolean {
  if ([...part].length <= SHORT_PART && !/\P{L}/u.test(part)) return read.words.has(part);
  const shaped = shape(part);
  return read.shapes.some((text) => text.includes(shaped) || text.includes(part));
}

/**
 * An answer whole, anywhere ("nasikerabu"); its words of four letters or more, each as a word of the
 * password: "Jalan Ipoh" gives away "Jalan-Biru", not "Berjalan".
 */
function answerParts(answer: string): { readonly whole: string; readonly words: readonly string[] } {
  const normalised = normaliseAnswer(answer);
  return { whole: compact(normalised), words: normalised.split(/[^\p{L}]+/u).filter((word) => [...word].length >= 4) };
}

function answerList({ whole, words }: ReturnType<typeof answerParts>): string[] {
  return [...([...whole].length >= 3 ? [whole] : []), ...words];
}

export function personalDataViolations(password: string, data: PersonalData): PersonalDataViolation[] {
  const violations: PersonalDataViolation[] = [];
  const read = readPassword(password);
  if (containsIcNumber(password, data.icNumber)) violations.push({ rule: 'password-contains-ic' });
  if (birthDateForms(data.icNumber).some((form) => compact(password).includes(form))) {
    violations.push({ rule: 'password-contains-birth-date' });
  }
  const names = nameParts(data.name);
  const email = emailParts(data.email);
  const answers = data.answers.map((answer) => answerList(answerParts(answer)));
  const theirs = [...names, ...email, ...answers.flat()];
  const others = createBlocklist([...theirs, ...commonPasswordBases]);
  // Most passwords are built of none of the person's words: one look for all of them first.
  const builtOfTheirs = isBuiltFrom(read, theirs, others);
  const builtFrom = (parts: readonly string[]) => builtOfTheirs && isBuiltFrom(read, parts, others);
  if (names.some((part) => holds(read, part)) || builtFrom(names)) violations.push({ rule: 'password-contains-name' });
  if (email.some((part) => holds(read, part)) || builtFrom(email)) violations.push({ rule: 'password-contains-email' });
  data.answers.forEach((answer, index) => {
    const parts = answerParts(answer);
    const holdsIt = ([...parts.whole].length >= 3 && holds(read, parts.whole)) || parts.words.some((word) => read.words.has(word));
    if (holdsIt || builtFrom(answers[index]!)) violations.push({ rule: 'password-contains-answer', answer: index + 1 });
  });
  return violations;
}

/** Whether a security answer is the person's name: one name part alone, or two of them together. */
export function isNameAnswer(answer: string, profile: PersonalProfile): boolean {
  const words = wordsOf(answer);
  const parts = new Set(nameParts(profile.name));
  const matched = new Set(words.filter((word) => parts.has(word)));
  return matched.size >= 2 || (words.length === 1 && matched.size === 1);
}

export function containsEmail(answer: string, profile: PersonalProfile): boolean {
  return emailParts(profile.email).some((part) => compact(answer).includes(part));
}

export function containsIcNumber(text: string, icNumber: string): boolean {
  return digitsOnly(text).includes(icNumber);
}

/** What zxcvbn should treat as known to an attacker: every personal value, in the forms above. */
export function personalWords(data: PersonalData): string[] {
  const normalised = data.answers.map(normaliseAnswer);
  const answers = normalised.map(compact).filter((answer) => answer.length >= 3);
  const answerWords = normalised.flatMap(wordsOf).filter((word) => word.length >= 3);
  const words = [
    data.icNumber,
    ...birthDateForms(data.icNumber),
    ...nameParts(data.name),
    compact(data.name),
    ...emailParts(data.email),
    ...answers,
    ...answerWords,
  ];
  return [...new Set(words)];
}
