// How a password is read back by someone guessing it: case folded, separators dropped, l33t undone.

/** NFKC (full-width → ASCII) and lowercase. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Letters and digits only: "Siti-1990!" → "siti1990". */
export function compact(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '');
}

export function lettersOnly(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

export function digitsOnly(text: string): string {
  return text.normalize('NFKC').replace(/[^0-9]/g, '');
}

// The common l33t spellings; 1, !, | and 7 stand for either i/t or l, so there are two readings.
const LEET_COMMON: Readonly<Record<string, string>> = {
  '4': 'a', '@': 'a', '8': 'b', '(': 'c', '{': 'c', '[': 'c', '3': 'e', '6': 'g', '9': 'g', '#': 'h',
  '0': 'o', '$': 's', '5': 's', '+': 't', '2': 'z', '%': 'x',
};
const LEET_READINGS: readonly Readonly<Record<string, string>>[] = [
  { ...LEET_COMMON, '1': 'i', '!': 'i', '|': 'i', '7': 't' },
  { ...LEET_COMMON, '1': 'l', '!': 'l', '|': 'l', '7': 'l' },
];

/** The folded text with l33t read back as letters, once per reading: "K3l@nt@n" → ["kelantan", …]. */
export function leetReadings(text: string): string[] {
  const folded = fold(text);
  return LEET_READINGS.map((table) => [...folded].map((character) => table[character] ?? character).join(''));
}

/** The folded text as typed and as each l33t reading. */
export function readings(text: string): string[] {
  return [...new Set([fold(text), ...leetReadings(text)])];
}

/** Words as a person separates them: by anything not a letter, and at camelCase humps ("NurAisyah"). */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/(?<=\p{Ll})(?=\p{Lu})|[^\p{L}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

// What a letter and the l33t characters standing for it have in common: 4 and @ are a, and 1, ! and
// | are i or l, so i and l are one as well.
const SHAPES: Readonly<Record<string, string>> = {
  ...LEET_COMMON, '1': 'i', '!': 'i', '|': 'i', l: 'i', '7': 't', '6': 'g',
};

/**
 * The text as its shape: folded, l33t read as letters in every spelling at once ("K@nc11660" →
 * "kanciiggo"), the rest dropped. Digits standing apart from any letter stay digits: "51 small" is
 * no "ismail".
 */
export function shape(text: string): string {
  return fold(text)
    .split(/[^\p{L}\p{N}@$!|+#%({[]+/u)
    .map((token) => {
      const characters = /\p{L}/u.test(token) ? [...token].map((character) => SHAPES[character] ?? character) : [...token];
      return characters.filter((character) => /[\p{L}\p{N}]/u.test(character)).join('');
    })
    .join('');
}
