// A security answer as it is compared, hashed, and looked for in the password.
import { withoutInvisibleCharacters } from './invisible-characters.ts';

/** Invisible characters dropped, NFKC, spaces collapsed and trimmed, case-folded. */
export function normaliseAnswer(answer: string): string {
  // Dropped first: a zero-width character between a letter and its accent would keep NFKC from joining them.
  return withoutInvisibleCharacters(answer).normalize('NFKC').replace(/\p{White_Space}+/gu, ' ').trim().toLowerCase();
}
