// The e-mail's short activation code: 8 characters of Crockford's base32, shown `XXXX-XXXX`, for a
// person who cannot click or copy the link (a counter kiosk, the e-mail on a phone). Crockford's
// alphabet leaves out I, L, O and U, so what is read off a small screen and typed on a touch keyboard
// has one reading: O is typed for 0 and I or L for 1 (https://www.crockford.com/base32.html).
import { withoutInvisibleCharacters } from './invisible-characters.ts';

export const ACTIVATION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ACTIVATION_CODE_LENGTH = 8;

/** More than any code typed with its hyphen and a few spaces: a paste longer than this is not a code. */
export const MAX_ACTIVATION_CODE_INPUT = 32;

export type ActivationCodeProblem = 'empty' | 'too-long' | 'characters' | 'length';

export type ActivationCodeCheck = { ok: true; code: string } | { ok: false; problem: ActivationCodeProblem };

// What people type for the characters the alphabet leaves out.
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
// Spaces of every kind and every Unicode dash: how the code is written or read aloud in groups.
const SEPARATORS = /[\s\p{Pd}\u2212_.]/gu;

/**
 * The code as typed, read the forgiving way, as the IC number is: invisible characters (a copy from a
 * phone's mail app may carry them) and separators dropped, NFKC (full-width letters), upper case, O
 * read as 0 and I or L as 1. Returns the 8 canonical characters or why it cannot be one.
 */
export function parseActivationCode(input: string): ActivationCodeCheck {
  if (input.length > MAX_ACTIVATION_CODE_INPUT) return { ok: false, problem: 'too-long' };
  const compact = withoutInvisibleCharacters(input).normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (compact.length === 0) return { ok: false, problem: 'empty' };
  const code = [...compact].map((character) => LOOK_ALIKES[character] ?? character).join('');
  if (![...code].every((character) => ACTIVATION_CODE_ALPHABET.includes(character))) return { ok: false, problem: 'characters' };
  if (code.length !== ACTIVATION_CODE_LENGTH) return { ok: false, problem: 'length' };
  return { ok: true, code };
}

/** `XXXX-XXXX`, as the e-mail shows it. */
export function formatActivationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A new code from 8 random bytes (the caller's CSPRNG: node:crypto on the server). Each byte's low
 * five bits pick a character: 256 is a multiple of 32, so every character is equally likely.
 */
export function activationCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < ACTIVATION_CODE_LENGTH) throw new RangeError(`needs ${ACTIVATION_CODE_LENGTH} random bytes`);
  return Array.from(randomBytes.subarray(0, ACTIVATION_CODE_LENGTH), (byte) => ACTIVATION_CODE_ALPHABET[byte & 31]!).join('');
}
