// The Malay word list: what a guesser tries first against a Malaysian public servant's password.
//
// No Malay list exists upstream (zxcvbn-ts ships English, Indonesian and others), so this one was
// written for the project by hand, from general knowledge of Malay as used in Malaysia and in
// Kelantan, not downloaded or scraped. Method:
//  1. categories a guesser would try, after the ones in the English and Indonesian lists: everyday
//     vocabulary (most frequent first), endearments (sayang…), family terms, faith and greetings,
//     numbers spelt out (kosong…sejuta), Malay and Hijri months, days, colours, animals, pets' names,
//     food, nature, Kelantanese dialect, popular phrases and cartoons; given names (male, female),
//     bin/binti-style particles and titles, common Malaysian Chinese and Indian names; states and
//     their royal titles, Kelantan's districts, towns and landmarks, other main towns; public-service,
//     treasury and iSPEKS terms; football teams;
//  2. each entry as people type it in a password: lowercase ASCII letters, multi-word names joined
//     (kotabharu, nasikerabu), common spelling variants kept (insyaallah, inshaallah);
//  3. compiled by the lists below in that order, then deduplicated (first occurrence wins, so the
//     order is zxcvbn's rank: earlier is guessed sooner); test/shared/wordlists.test.ts checks the
//     form, the size and that the classic weak passwords are caught.
import { malayCommonWords } from './malay-common.ts';
import {
  kelantaneseWords,
  malayColoursAnimals,
  malayEndearments,
  malayFaith,
  malayFamily,
  malayFood,
  malayNature,
  malayNumbersAndDates,
  malayPhrases,
} from './malay-life.ts';
import { malayFemaleNames, malayMaleNames, malayNameParts, malaysianChineseIndianNames } from './malay-names.ts';
import { footballTeams, kelantanPlaces, malaysianStates, malaysianTowns, publicServiceTerms } from './malay-places.ts';

const unique = (...lists: readonly (readonly string[])[]): readonly string[] => [...new Set(lists.flat())];

/** Words, in rough order of how soon a guesser tries them. */
export const malayWords = unique(
  malayEndearments,
  malayFamily,
  malayFaith,
  malayNumbersAndDates,
  malayPhrases,
  kelantaneseWords,
  malayCommonWords,
  malayColoursAnimals,
  malayFood,
  malayNature,
);

/** Names and name parts: zxcvbn words its warnings about them as names. */
export const malayNames = unique(malayNameParts, malayMaleNames, malayFemaleNames, malaysianChineseIndianNames);

/** Places, offices and teams. */
export const malayPlaces = unique(malaysianStates, kelantanPlaces, publicServiceTerms, malaysianTowns, footballTeams);

/** Every entry once: the blocklist the server and the strength worker check against. */
export const malayWordList = unique(malayWords, malayNames, malayPlaces);
