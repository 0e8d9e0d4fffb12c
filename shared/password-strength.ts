// Password strength as zxcvbn scores it (0–4), what the kiosk shows for it, and the keys of
// zxcvbn's feedback, which the kiosk translates itself (zxcvbn speaks English only).

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** zxcvbn score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
export const DEFAULT_MIN_PASSWORD_SCORE: StrengthScore = 3;

export type StrengthLevel = 'weak' | 'fair' | 'strong';

/** Strong from the minimum IT set, fair one below it, weak under that. */
export function strengthLevel(score: StrengthScore, minScore: number): StrengthLevel {
  if (score >= minScore) return 'strong';
  return score >= minScore - 1 ? 'fair' : 'weak';
}

/** zxcvbn-ts 4.x translation keys (core/src/data/translationKeys.ts). */
export const zxcvbnWarnings = [
  'straightRow', 'keyPattern', 'simpleRepeat', 'extendedRepeat', 'sequences', 'recentYears', 'dates',
  'topTen', 'topHundred', 'common', 'similarToCommon', 'wordByItself', 'namesByThemselves',
  'commonNames', 'userInputs', 'pwned',
] as const;
export type ZxcvbnWarning = (typeof zxcvbnWarnings)[number];

/** Without 'noNeed' ("no need for symbols, digits or capitals"): the seed rules here require them. */
export const zxcvbnSuggestions = [
  'l33t', 'reverseWords', 'allUppercase', 'capitalization', 'dates', 'recentYears', 'associatedYears',
  'sequences', 'repeated', 'longerKeyboardPattern', 'anotherWord', 'useWords', 'pwned',
] as const;
export type ZxcvbnSuggestion = (typeof zxcvbnSuggestions)[number];

export interface StrengthFeedback {
  readonly warning: ZxcvbnWarning | null;
  readonly suggestions: readonly ZxcvbnSuggestion[];
}

const isOneOf = <T extends string>(list: readonly T[], key: string | null): key is T => list.some((item) => item === key);

/** zxcvbn's feedback keys, keeping only the ones the kiosk translates and shows. */
export function strengthFeedback(warning: string | null, suggestions: readonly string[]): StrengthFeedback {
  return {
    warning: isOneOf(zxcvbnWarnings, warning) ? warning : null,
    suggestions: suggestions.filter((key) => isOneOf(zxcvbnSuggestions, key)),
  };
}
