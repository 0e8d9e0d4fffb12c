// Rules about the characters themselves, beyond the seed's classes: none may be invisible, and the
// password may not be mostly repeated or sequential characters.
import { hasInvisibleCharacters } from './invisible-characters.ts';
import { isRepetitiveOrSequential } from './password-sequences.ts';

export const characterRules = ['password-invisible-character', 'password-sequence'] as const;
export type CharacterRule = (typeof characterRules)[number];

export function characterViolations(password: string): CharacterRule[] {
  const violations: CharacterRule[] = [];
  // Typed twice where neither copy can be checked by eye, an invisible character locks the person out.
  if (hasInvisibleCharacters(password)) violations.push('password-invisible-character');
  if (isRepetitiveOrSequential(password)) violations.push('password-sequence');
  return violations;
}
