// What zxcvbn guesses from, for a Malaysian public servant: the breach list, Malay (this project's
// list), Indonesian (close to Malay) and everyday English. Left out, to keep its checks fast:
// English surnames (the blocklist has them), Wikipedia titles, diceware, other keyboards than QWERTY.
import { malayNames, malayPlaces, malayWords } from '../../../shared/wordlists/malay.ts';
import {
  breachedPasswords,
  englishFirstNames,
  englishWords,
  indonesianNames,
  indonesianWords,
  keyboardAdjacency,
} from '../../../shared/wordlists/zxcvbn-lists.ts';

// Longer entries only match when typed whole; the search width follows the longest entry, so
// capping it keeps every check's work proportional to the password, not to the odd long word.
const MAX_WORD_LENGTH = 16;

/**
 * One list from several, taking each list's next word in turn: a word keeps roughly its rank
 * (times the number of lists). zxcvbn's work grows with the number of dictionaries, not their size.
 */
function interleaved(...lists: readonly (readonly string[])[]): string[] {
  const merged = new Set<string>();
  const longest = Math.max(...lists.map((list) => list.length));
  for (let rank = 0; rank < longest; rank += 1) {
    for (const list of lists) {
      const word = list[rank];
      if (word !== undefined && word.length <= MAX_WORD_LENGTH) merged.add(word);
    }
  }
  return [...merged];
}

/** "names" in a dictionary's name gets zxcvbn's "names are easy to guess" warnings. */
export const dictionary = {
  passwords: interleaved(breachedPasswords),
  commonWords: interleaved(malayWords, indonesianWords, englishWords),
  names: interleaved(malayNames, indonesianNames, englishFirstNames),
  places: interleaved(malayPlaces),
};

/** QWERTY and the numeric keypad: the layouts on Malaysian government desktops. */
export const keyboardGraphs = { qwerty: keyboardAdjacency.qwerty ?? {}, keypad: keyboardAdjacency.keypad ?? {} };
