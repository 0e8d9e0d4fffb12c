// Characters nobody can see: controls (Unicode Cc: NUL…), format characters (Cf: zero-width space
// and joiners, soft hyphen, byte order mark, bidi controls) and the rest Unicode says to render as
// nothing (Default_Ignorable_Code_Point: variation selectors, fillers). Pasted or forged text carries
// them, so two answers that look the same could differ and an answer that looks empty could not be.

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
// Tabs and line breaks are controls too, but a person sees them as the space between two words.
const INVISIBLE_NOT_SPACE = /(?!\p{White_Space})[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text);
}

/** The text without its invisible characters; whitespace stays, for the caller to collapse. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_NOT_SPACE, '');
}
