// Rules about the characters themselves, beyond the seed's classes: none may be invisible.
import { hasInvisibleCharacters } from './invisible-characters.ts';

export const characterRules = ['password-invisible-character'] as const;
export type CharacterRule = (typeof characterRules)[number];

export function characterViolations(password: string): CharacterRule[] {
  // Typed twice where neither copy can be checked by eye, an invisible character locks the person out.
  return hasInvisibleCharacters(password) ? ['password-invisible-character'] : [];
}
