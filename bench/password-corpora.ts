// The two corpora the password rules are measured on (docs/passwords.md), built from a seed so a run can be
// repeated. Weak: the words an attacker tries first (zxcvbn-ts's breach list, English words and
// names, this project's Malay list, the demo accounts' own data, keyboard runs), dressed the ways
// people meet "upper, lower, digit, special, 12+", kept only when they meet it. Strong: random
// four-word passphrases (Malay, English) with a digit and a symbol, random 14-character passwords,
// and long sentences. Each password is paired with the demo account it is checked for.
import { demoAccounts } from '../server/demo-accounts.ts';
import { SEED_PASSWORD_POLICY, passwordViolations } from '../shared/password-policy.ts';
import type { PersonalData } from '../shared/personal-data.ts';
import { birthDateForms } from '../shared/personal-data-birth.ts';
import { CONTEXT_WORDS } from '../shared/wordlists/blocklist.ts';
import { malayColoursAnimals, malayFamily, malayFood } from '../shared/wordlists/malay-life.ts';
import { kelantanPlaces, malaysianTowns } from '../shared/wordlists/malay-places.ts';
import { malayWordList, malayWords } from '../shared/wordlists/malay.ts';
import { breachedPasswords, englishFirstNames, englishLastNames, englishWords } from '../shared/wordlists/zxcvbn-lists.ts';
import { prng } from '../test/prng.ts';

/** How many words of each ranked list a guesser tries: the top of each list (they are ranked by frequency). */
const TOP = 10_000;

// The demo accounts hold no answers; these are the fictional answers each one gives in this corpus.
const DEMO_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  '900101035678': ['Comel si kucing', 'Nasi kerabu', 'Cikgu Rosnah'],
  '870422035012': ['Tompok', 'Laksam', 'Kancil 660'],
  '920330145671': ['Lucky', 'Char kuey teow', 'Jalan Ipoh'],
  '881212105432': ['Tiger', 'Thosai masala', 'Cikgu Lim'],
  '000229110123': ['Upin Ipin', 'Nasi dagang', 'Proton Saga'],
  '780808035555': ['Oyen', 'Ayam percik', 'Jalan Kebun Sultan'],
};

export const PEOPLE: readonly PersonalData[] = demoAccounts.map(({ icNumber, name, email }) => ({ icNumber, name, email, answers: DEMO_ANSWERS[icNumber] ?? [] }));

export const transformations = [
  'capitalise', 'append-year', 'append-digits', 'append-symbols', 'insert-symbols', 'l33t', 'repeat', 'reverse', 'join-two-words', 'pad-with-sequence',
] as const;
export type Transformation = (typeof transformations)[number];

export interface WeakPassword {
  readonly password: string;
  readonly person: PersonalData;
  readonly source: string;
  readonly transformations: readonly Transformation[];
}

export const strongKinds = ['passphrase-malay', 'passphrase-english', 'random-14', 'sentence'] as const;
export type StrongKind = (typeof strongKinds)[number];

export interface StrongPassword {
  readonly password: string;
  readonly person: PersonalData;
  readonly kind: StrongKind;
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const letters = (list: readonly string[]) => list.filter((word) => /^[a-z]{3,}$/.test(word));

const KEYBOARD_LINES = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', 'abcdefghijklmnopqrstuvwxyz', '1qaz2wsx3edc4rfv5tgb', '!@#$%^&*()'];

function keyboardRun(random: Random): string {
  const length = 4 + Math.floor(random() * 7);
  if (random() < 0.25) return pick(random, [...'abcdefghijklmnopqrstuvwxyz0123456789']).repeat(length);
  const line = pick(random, KEYBOARD_LINES);
  const start = Math.floor(random() * Math.max(1, line.length - length));
  const run = line.slice(start, start + length);
  return random() < 0.3 ? [...run].reverse().join('') : run;
}

/** What a person knows about themself and reaches for: name parts, e-mail, IC, birth date, answers. */
function personalPieces(person: PersonalData): string[] {
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  const local = person.email.split('@')[0] ?? '';
  return [
    ...words(person.name).filter((word) => !['bin', 'binti'].includes(word.toLowerCase())),
    local.replace(/[^\p{L}\p{N}]/gu, ''),
    ...words(local),
    person.icNumber,
    ...birthDateForms(person.icNumber),
    ...person.answers.map((answer) => answer.replace(/\s+/g, '')),
    ...person.answers.flatMap(words),
  ];
}

interface Source {
  readonly name: string;
  /** A word, the person it is checked for, and where a second word for the same password comes from. */
  readonly draw: (random: Random) => { word: string; person: PersonalData; another: () => string };
}

function sources(): Source[] {
  const anyone = (random: Random) => pick(random, PEOPLE);
  const list = (name: string, words: readonly string[]): Source => ({
    name,
    draw: (random) => ({ word: pick(random, words), person: anyone(random), another: () => pick(random, words) }),
  });
  return [
    list('breach list', breachedPasswords.slice(0, TOP)),
    list('English words', letters(englishWords.slice(0, TOP))),
    list('English names', letters([...englishFirstNames, ...englishLastNames.slice(0, TOP)])),
    list('Malay list', malayWordList),
    { name: 'keyboard runs', draw: (random) => ({ word: keyboardRun(random), person: anyone(random), another: () => keyboardRun(random) }) },
    {
      name: 'own data',
      draw: (random) => {
        const person = anyone(random);
        const pieces = personalPieces(person).map((piece) => piece.toLowerCase());
        return { word: pick(random, pieces), person, another: () => pick(random, pieces) };
      },
    },
  ];
}

const YEARS = Array.from({ length: 77 }, (_, index) => String(1950 + index));
const DIGITS = ['1', '12', '123', '1234', '12345', '123456', '007', '01', '11', '69', '88', '99', '2', '3', '786', '4321'];
const SYMBOLS = ['!', '@', '#', '$', '.', '*', '?', '&', '_', '!!', '!@#', '@@', '#1', '.'];
const INSERTED = ['@', '_', '.', '-', '#', '!', '*', '$'];
const SEQUENCES = ['123', '1234', '123456', '123456789', 'abc', 'abcd', 'qwerty', 'qwe', 'asd', '!@#', '1qaz', 'zxc', '111', '000', '987', 'aaa'];
const LEET: Readonly<Record<string, readonly string[]>> = {
  a: ['@', '4'], e: ['3'], i: ['1', '!'], o: ['0'], s: ['$', '5'], t: ['7', '+'], l: ['1'], g: ['9'], b: ['8'],
};

const capitalised = (text: string) => text.replace(/\p{L}/u, (letter) => letter.toUpperCase());

const apply: Readonly<Record<Transformation, (text: string, random: Random, another: () => string) => string>> = {
  capitalise: (text, random) => {
    const roll = random();
    if (roll < 0.15) return text.toUpperCase();
    if (roll < 0.3) return text.replace(/(^|[^\p{L}])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    return capitalised(text);
  },
  'append-year': (text, random) => text + (random() < 0.8 ? pick(random, YEARS) : pick(random, YEARS).slice(2)),
  'append-digits': (text, random) => text + (random() < 0.7 ? pick(random, DIGITS) : String(Math.floor(random() * 10_000))),
  'append-symbols': (text, random) => text + pick(random, SYMBOLS),
  'insert-symbols': (text, random) => {
    const at = 1 + Math.floor(random() * Math.max(1, text.length - 1));
    return text.slice(0, at) + pick(random, INSERTED) + text.slice(at);
  },
  l33t: (text, random) => [...text].map((character) => (LEET[character] && random() < 0.6 ? pick(random, LEET[character]) : character)).join(''),
  repeat: (text, random) => text.repeat(random() < 0.8 ? 2 : 3),
  reverse: (text) => [...text].reverse().join(''),
  'join-two-words': (text, random, another) => text + pick(random, ['', '', '_', '.', '-', '@', '&']) + another(),
  'pad-with-sequence': (text, random) => (random() < 0.7 ? text + pick(random, SEQUENCES) : pick(random, SEQUENCES) + text),
};

// The order people apply them in: the words and their spelling first (a word said twice is said
// the same way twice), then what is stuck on the ends.
const ORDER: readonly Transformation[] = ['join-two-words', 'l33t', 'repeat', 'reverse', 'insert-symbols', 'capitalise', 'pad-with-sequence', 'append-digits', 'append-year', 'append-symbols'];

/** The dressing that makes a password meet the seed, added only where it is still missing. */
function meetSeed(text: string, random: Random): string {
  let password = text;
  if (!/\p{Lu}/u.test(password)) password = capitalised(password);
  if (!/\p{Nd}/u.test(password)) password += random() < 0.5 ? pick(random, DIGITS) : pick(random, YEARS);
  if (!/[\p{P}\p{S}]/u.test(password)) password += pick(random, SYMBOLS);
  return password;
}

const meetsSeed = (password: string) => passwordViolations(password, SEED_PASSWORD_POLICY).length === 0;

/** `count` different weak passwords, each from one source with one to three transformations. */
export function weakCorpus(seed: number, count: number): WeakPassword[] {
  const random = prng(seed);
  const all = sources();
  const found = new Map<string, WeakPassword>();
  while (found.size < count) {
    const source = pick(random, all);
    const { word, person, another } = source.draw(random);
    const howMany = random() < 0.4 ? 1 : random() < 0.67 ? 2 : 3;
    const chosen = new Set<Transformation>();
    while (chosen.size < howMany) chosen.add(pick(random, transformations));
    let password = word;
    for (const transformation of ORDER) if (chosen.has(transformation)) password = apply[transformation](password, random, another);
    password = meetSeed(password, random);
    if (meetsSeed(password) && !found.has(password)) {
      found.set(password, { password, person, source: source.name, transformations: ORDER.filter((transformation) => chosen.has(transformation)) });
    }
  }
  return [...found.values()];
}

const withoutContext = (word: string) => !CONTEXT_WORDS.some((context) => word.includes(context));

// Slots for the sentences: Malay from this project's lists, English written here. No context word
// (iSPEKS, Kelantan…): a sentence holding one is refused by design, not by mistake.
const MALAY_SLOTS = {
  family: malayFamily.filter((word) => word.length >= 3 && word.length <= 6),
  food: malayFood.filter((word) => word.length <= 8),
  animal: malayColoursAnimals.slice(15, 60),
  place: [...kelantanPlaces, ...malaysianTowns].filter((word) => word.length <= 10 && withoutContext(word)),
};
const ENGLISH_SLOTS = {
  family: ['mother', 'father', 'sister', 'brother', 'uncle', 'aunt', 'cousin', 'grandma', 'grandpa', 'neighbour', 'friend', 'teacher'],
  food: ['noodles', 'mangoes', 'durians', 'pancakes', 'biscuits', 'rambutans', 'sandwiches', 'dumplings', 'curry', 'coconuts', 'pineapples', 'cookies'],
  animal: ['cat', 'goat', 'parrot', 'turtle', 'monkey', 'rabbit', 'duck', 'buffalo', 'squirrel', 'frog', 'eagle', 'tiger'],
  place: ['river', 'market', 'station', 'mosque', 'beach', 'library', 'garden', 'bridge', 'harbour', 'village', 'hill', 'field'],
};
type Slots = typeof ENGLISH_SLOTS;
const SENTENCES: ReadonlyArray<{ slots: Slots; templates: readonly string[] }> = [
  {
    slots: MALAY_SLOTS,
    templates: [
      '{family} saya beli {n} bungkus {food} di {place}',
      'Setiap pagi {n} ekor {animal} datang ke rumah {family} di {place}',
      'Kami makan {food} bersama {family} pada jam {n} di {place}',
      '{animal} {family} saya lari ke {place} sebanyak {n} kali',
      'Dulu {family} jual {food} di {place} dengan harga {n} sen',
    ],
  },
  {
    slots: ENGLISH_SLOTS,
    templates: [
      'My {family} bought {n} bags of {food} at the {place}',
      'Every morning {n} small {animal}s wait by the {place} for my {family}',
      'We shared {food} with my {family} at {n} near the {place}',
      'The {animal} followed my {family} to the {place} {n} times',
      'Our old {family} sold {food} at the {place} for {n} cents',
    ],
  },
];

function sentence(random: Random): string {
  const { slots, templates } = pick(random, SENTENCES);
  const text = pick(random, templates).replace(/\{(\w+)\}/g, (_, slot: string) =>
    slot === 'n' ? String(2 + Math.floor(random() * 98)) : pick(random, slots[slot as keyof Slots]),
  );
  return capitalised(text) + pick(random, ['.', '!', '?']);
}

function passphrase(random: Random, words: readonly string[]): string {
  const separator = pick(random, [' ', '-', '.', '_', '', '+']);
  const chosen = Array.from({ length: 4 }, () => pick(random, words)).map((word, index) => (index === 0 || random() < 0.5 ? capitalised(word) : word));
  // A digit and a symbol, each at a random word boundary or at the end, as a person adds them.
  const slots = chosen.map((word) => [word]);
  slots[Math.floor(random() * 4)]!.push(String(Math.floor(random() * 100)));
  slots[Math.floor(random() * 4)]!.push(pick(random, [...'!@#$%&*?.=+']));
  return slots.map((slot) => slot.join('')).join(separator);
}

const PRINTABLE = Array.from({ length: 94 }, (_, index) => String.fromCharCode(33 + index));

/** `count` strong passwords of each kind, every one meeting the seed. */
export function strongCorpus(seed: number, count: number): StrongPassword[] {
  const random = prng(seed);
  const malay = letters(malayWords).filter(withoutContext);
  const english = letters(englishWords.slice(0, 20_000)).filter((word) => word.length <= 10);
  const make: Readonly<Record<StrongKind, () => string>> = {
    'passphrase-malay': () => passphrase(random, malay),
    'passphrase-english': () => passphrase(random, english),
    'random-14': () => Array.from({ length: 14 }, () => pick(random, PRINTABLE)).join(''),
    sentence: () => sentence(random),
  };
  return strongKinds.flatMap((kind) => {
    const found: StrongPassword[] = [];
    while (found.length < count) {
      const password = make[kind]();
      if (meetsSeed(password)) found.push({ password, person: pick(random, PEOPLE), kind });
    }
    return found;
  });
}
