// The blocklist rules, without zxcvbn: the server, the kiosk's quick check and the strength worker
// share them, each with the word set it can afford (the full list, or the small one on screen one).
// A password is read back the way a guesser builds one: one or two words, dressed up to meet the
// seed's rules (capitals, digits and a year, symbols added or put in, l33t, said twice, reversed,
// a keyboard run stuck on).
import { lettersOnly, readings } from '../password-text.ts';
import { isAllRuns, withoutEndRuns } from '../password-sequences.ts';

/** This product's own words: refused anywhere in a password, however spelt. */
export const CONTEXT_WORDS: readonly string[] = ['ispeks', 'kelantan', 'perbendaharaan', 'kerajaan'];

export const blocklistRules = ['password-context-word', 'password-common-word'] as const;
export type BlocklistRule = (typeof blocklistRules)[number];

const POSSESSIVE_SUFFIXES = ['ku', 'mu', 'nya'];

const reversed = (text: string) => [...text].reverse().join('');
// l33t's 1, ! and | stand for i or l, so both letters are one in a word's skeleton: "w1ldw00d" is "wildwood".
const skeleton = (word: string) => word.replaceAll('l', 'i');

/**
 * A word list as the rules look words up in it: by skeleton, knowing its longest word. `rare` holds
 * three-letter words deep in the lists (names, abbreviations: "zhu", "dye"): a random password holds
 * one by chance, so they count only next to a real word ("Zhu&required") or said again ("Fryfry").
 */
export type Blocklist = ReadonlySet<string> & { readonly longest: number; readonly rare: ReadonlySet<string> };

export function createBlocklist(words: Iterable<string>, rare: Iterable<string> = []): Blocklist {
  const skeletons = new Set<string>();
  let longest = 0;
  for (const word of words) {
    skeletons.add(skeleton(word));
    longest = Math.max(longest, word.length);
  }
  const rareSkeletons = new Set<string>();
  for (const word of rare) rareSkeletons.add(skeleton(word));
  return Object.assign(skeletons, { longest, rare: rareSkeletons });
}

/** Three letters can be a word ("cat", "lol"); fewer are an initial or a syllable. */
const MIN_WORD = 3;

// The letter each l33t character stands for, in skeleton form (1, ! and | are i or l alike).
const LEET: Readonly<Record<string, string>> = {
  '4': 'a', '@': 'a', '8': 'b', '(': 'c', '{': 'c', '[': 'c', '3': 'e', '6': 'g', '9': 'g', '#': 'h', '1': 'i', '!': 'i', '|': 'i',
  '0': 'o', '$': 's', '5': 's', '+': 't', '7': 't', '2': 'z', '%': 'x',
};
// Past this many l33t characters only the two plain readings are tried, to keep the check quick.
const MAX_LEET_CHOICES = 12;

/** One way of reading the password: its letters, split where the person separated words. */
export interface Reading {
  /** Lowercase letters, each the typed letter or what a l33t character stands for (and digits, where kept). */
  readonly letters: string;
  /** The typed words: split at what was dropped and at capitals after small letters. */
  readonly words: readonly string[];
}

/** Reads the characters, each l33t character as its letter (`mapped` says which) and every other non-letter dropped. */
function read(characters: readonly string[], mapped: (at: number) => boolean, keep = /\p{L}/u): Reading {
  const words: string[] = [];
  let word = '';
  let afterSmall = false;
  characters.forEach((character, at) => {
    const letter = keep.test(character) ? character : mapped(at) ? (LEET[character] ?? '') : '';
    const lower = letter.toLowerCase();
    if (letter === '' || (afterSmall && letter !== lower)) {
      if (word !== '') words.push(word);
      word = '';
    }
    word += lower;
    afterSmall = letter !== '' && letter === lower && letter !== letter.toUpperCase();
  });
  if (word !== '') words.push(word);
  return { letters: words.join(''), words };
}

/**
 * The password read the ways a guesser undoes its dressing: digits and symbols before and after
 * dropped ("2024Sayang12345!"), or up to three nearest of them read as l33t ("4dm1n", "Hell0", "b@11");
 * l33t inside read back ("P@ssw0rd"), all at once or all but one (a symbol put between two l33t
 * words, "M@rr1a9e@w0nd3rfu1"), or dropped as what separates the words, all or all but one.
 */
function readingsOf(password: string): Reading[] {
  const characters = [...password.normalize('NFKC')];
  const first = characters.findIndex((character) => /\p{L}/u.test(character));
  if (first < 0) return [];
  const last = characters.findLastIndex((character) => /\p{L}/u.test(character));
  const all: Reading[] = [];
  // Two letters and a l33t character next to them are "Aa1", the seed's filler, not a word ("$U17@n" is).
  const extend = characters.slice(first, last + 1).filter((character) => /\p{L}/u.test(character) || character in LEET).length >= MIN_WORD ? 3 : 0;
  /** How many l33t characters, up to `extend`, stand next to the letters, going `step` from `from`. */
  const leetNeighbours = (from: number, step: number) => {
    let count = 0;
    while (count < extend && (characters[from + step * (count + 1)] ?? '') in LEET) count += 1;
    return count;
  };
  const leetBefore = leetNeighbours(first, -1);
  const leetAfter = leetNeighbours(last, 1);
  for (let before = 0; before <= leetBefore; before += 1) {
    for (let after = 0; after <= leetAfter; after += 1) {
      const core = characters.slice(first - before, last + 1 + after);
      all.push(read(core, () => true), read(core, () => false));
      // All but one, on the core alone and on the core with its l33t neighbours ("S3karan9s3k#aran9").
      const widest = before === leetBefore && after === leetAfter;
      const choices = core.flatMap((character, at) => (character in LEET ? [at] : []));
      if ((before + after > 0 && !widest) || choices.length > MAX_LEET_CHOICES) continue;
      for (const choice of choices) all.push(read(core, (at) => at !== choice), read(core, (at) => at === choice));
    }
  }
  // Digits kept as typed, for the breached passwords that hold them ("hal9000", "12qwas").
  const alphanumeric = /[\p{L}\p{Nd}]/u;
  const lastCharacter = characters.findLastIndex((character) => alphanumeric.test(character));
  const firstCharacter = characters.findIndex((character) => alphanumeric.test(character));
  for (const end of new Set([last, lastCharacter])) all.push(read(characters.slice(firstCharacter, end + 1), () => false, alphanumeric));
  return all;
}

/**
 * Whether most of the letters stand in runs of three or more: a word with a symbol put in ("Ban_ging")
 * is, letters scattered between symbols (";p+:iz_zO", a random password) are not a word however read.
 */
function isMostlyWords({ letters, words }: Reading): boolean {
  const inWords = words.filter((word) => [...word].length >= MIN_WORD).reduce((sum, word) => sum + [...word].length, 0);
  return letters.length > 0 && inWords * 2 >= [...letters].length;
}

/** The shortest unit the text repeats ("sayangsayang" → "sayang"), or the text itself. */
function repeatedUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size += 1) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return text.slice(0, size);
  }
  return text;
}

function isWord(text: string, words: Blocklist): boolean {
  // Code units, not code points: quicker, and the lists hold no letter outside the first plane.
  if (text.length < MIN_WORD || text.length > words.longest + 3) return false;
  if (words.has(text)) return true;
  return POSSESSIVE_SUFFIXES.some((suffix) => text.endsWith(suffix) && words.has(text.slice(0, -suffix.length)));
}

/** A rare three-letter word is a word next to one of five letters or more. */
const isRareBeside = (part: string, beside: string, words: Blocklist) => beside.length > 4 && words.rare.has(part);

/** Two words written together, one of them from `words`, the other from either list: "positionhaircut", "sayangcinta". */
function isTwoWords(text: string, words: Blocklist, others: Blocklist | null): boolean {
  if (text.length > 2 * (Math.max(words.longest, others?.longest ?? 0) + 3)) return false;
  const either = (part: string) => isWord(part, words) || (others !== null && isWord(part, others));
  for (let cut = MIN_WORD; cut <= text.length - MIN_WORD; cut += 1) {
    const [head, tail] = [text.slice(0, cut), text.slice(cut)];
    if ((isWord(head, words) && either(tail)) || (either(head) && isWord(tail, words))) return true;
    if ((isRareBeside(head, tail, words) && isWord(tail, words)) || (isWord(head, words) && isRareBeside(tail, head, words))) return true;
  }
  return false;
}

/**
 * Whether the reading is one or two common words, said once or repeated, forwards or backwards, with
 * a keyboard run or sequence stuck on either end. Three typed words that are each a word make a
 * passphrase, judged by zxcvbn ("Sungai-Golok-Tenang", though "sungaigolok" is a place); a fragment
 * left by a symbol put in ("Bil.lions") is not a word of its own.
 */
function isCommonReading(reading: Reading, words: Blocklist, others: Blocklist | null): boolean {
  const isListed = (word: string) => isWord(word, words) || (others !== null && isWord(word, others));
  const { typedWords, forms } = formsOf(reading);
  const typedWordCount = typedWords.filter(isListed).length;
  // Longer than two words, and not a repetition: no reading of it is one or two words.
  const longest = 2 * (Math.max(words.longest, others?.longest ?? 0) + 3);
  return forms.some(({ form, unit }) => {
    if (unit.length > longest) return false;
    if (isWord(unit, words) || (unit !== form && words.rare.has(unit))) return true;
    return (unit !== form || typedWordCount <= 2) && isTwoWords(unit, words, others);
  });
}

interface Forms {
  /** The typed words that could count as words of a passphrase, in skeleton form. */
  readonly typedWords: readonly string[];
  /** The letters forwards and backwards, with runs at the ends taken off or not, and the unit each repeats. */
  readonly forms: ReadonlyArray<{ readonly form: string; readonly unit: string }>;
}

// The forms depend on the reading alone, and the person's data checks the same readings against several lists.
const formsCache = new WeakMap<Reading, Forms>();

function formsOf(reading: Reading): Forms {
  const cached = formsCache.get(reading);
  if (cached) return cached;
  // A keyboard run typed as a word of its own ("qwertyParole-slap") pads the password, it is no word of it.
  const typedWords = reading.words.filter((word) => !isAllRuns(word)).map(skeleton);
  const texts = [reading.letters, reversed(reading.letters)].flatMap((direction) => [
    direction,
    // What is left once a run is taken off must be more than a short word's worth of leftovers.
    ...withoutEndRuns(direction).filter((text) => [...text].length > MIN_WORD),
  ]);
  const forms = [...new Set(texts.map(skeleton))].map((form) => ({ form, unit: repeatedUnit(form) }));
  const computed = { typedWords, forms };
  formsCache.set(reading, computed);
  return computed;
}

/** The readings of the password that could be words (see readingsOf), each once. */
export function wordReadings(password: string): Reading[] {
  const unique = new Map(readingsOf(password).map((reading) => [`${reading.letters} ${reading.words.join(' ')}`, reading]));
  return [...unique.values()].filter(isMostlyWords);
}

/**
 * Whether the password, read as `wordReadings` gave it, is one or two words of the list, however
 * dressed; with `others`, a second word may come from that list instead.
 */
export function isOneOrTwoWords(readings: readonly Reading[], words: Blocklist, others: Blocklist | null = null): boolean {
  return readings.some((reading) => isCommonReading(reading, words, others));
}

/** The blocklist rules a password breaks, given the set of common words to refuse. */
export function blocklistViolations(password: string, commonWords: Blocklist): BlocklistRule[] {
  const violations: BlocklistRule[] = [];
  const letterReadings = readings(password).flatMap((reading) => [lettersOnly(reading), reversed(lettersOnly(reading))]);
  if (CONTEXT_WORDS.some((word) => letterReadings.some((reading) => reading.includes(word)))) {
    violations.push('password-context-word');
  }
  if (isOneOrTwoWords(wordReadings(password), commonWords)) violations.push('password-common-word');
  return violations;
}
