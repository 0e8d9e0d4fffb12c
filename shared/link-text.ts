// The readings of a pasted text in which to look for the link, cleaned of what rich text and
// clipboards add to it.

// Besides the spaces, what may not be in a link: RFC 3986 Appendix C's delimiters and quote marks.
const NOT_IN_LINK = '\u00A0\u2007\u202F<>"\'\u201C\u201D\u2018\u2019()[]';
const isLinkChar = (char: string | undefined) => char !== undefined && char > ' ' && !NOT_IN_LINK.includes(char);

/**
 * Every Unicode format character (Cf) removed: zero-width space, joiners, word joiner, soft hyphen,
 * BOM, bidi marks. A no-break space between two characters of a link becomes a line break, where
 * the link may go on (rich text keeps a link together with them); NFKC makes full-width letters
 * and other spaces plain.
 */
export function cleanText(text: string): string {
  const visible = text.replace(/\p{Cf}/gu, '');
  return visible
    .replace(/[\u00A0\u2007\u202F]/g, (_space, offset: number) => (isLinkChar(visible[offset - 1]) && isLinkChar(visible[offset + 1]) ? '\n' : ' '))
    .normalize('NFKC');
}

function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n');
}

/** Where to look, best first: for now, the text as it is, cleaned with cleanText. */
export function* readingsOf(input: string): Generator<string> {
  yield cleanText(normaliseLineBreaks(input));
}
