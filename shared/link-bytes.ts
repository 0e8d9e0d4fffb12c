// Bytes in the encodings mail and mail gateways use (base64, quoted-printable, UTF-8), decoded
// without DOM or Node APIs: shared/ gets neither, so atob and TextDecoder are out of reach.

const BASE64_VALUES = new Map<string, number>(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].map((char, value) => [char, value]),
);
// Both alphabets (RFC 4648 §4 and §5): gateways use either.
for (const [char, value] of [['+', 62], ['/', 63], ['-', 62], ['_', 63]] as const) BASE64_VALUES.set(char, value);

/** Base64 or base64url, padded or not, line breaks ignored; null when any other character is in it. */
export function base64Bytes(text: string): number[] | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    if (char === '=' || char === '\n' || char === '\r' || char === ' ' || char === '\t') continue;
    const value = BASE64_VALUES.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

function pushUtf8(bytes: number[], codePoint: number): void {
  if (codePoint < 0x80) bytes.push(codePoint);
  else if (codePoint < 0x800) bytes.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f));
  else if (codePoint < 0x10000) bytes.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
  else bytes.push(0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
}

const HEX = /^[0-9A-F]{2}$/;

/**
 * RFC 2045 §6.7: `=XX` is a byte (upper-case hex, as the RFC requires of encoders), `=` at a line's
 * end is a soft line break. Anything else stays as it is, so text that only looks encoded survives.
 */
export function quotedPrintableBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '=') {
      const pair = text.slice(index + 1, index + 3);
      if (HEX.test(pair)) {
        bytes.push(Number.parseInt(pair, 16));
        index += 2;
        continue;
      }
      // Transport may leave spaces between the soft break's `=` and the line's end (§6.7 rule 3).
      let end = index + 1;
      while (text[end] === ' ' || text[end] === '\t') end++;
      if (text[end] === '\n') {
        index = end;
        continue;
      }
    }
    const codePoint = text.codePointAt(index) ?? 0;
    if (codePoint > 0xffff) index++;
    pushUtf8(bytes, codePoint);
  }
  return bytes;
}

// The least code point each sequence length may carry: anything less is an overlong form, refused.
const SHORTEST_FORM_MINIMUM = [0, 0, 0x80, 0x800, 0x10000];

/** UTF-8 to text; a byte that does not belong to a valid sequence becomes U+FFFD. */
export function utf8Text(bytes: readonly number[]): string {
  let text = '';
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    let codePoint = length === 1 ? lead : lead & (0xff >> (length + 1));
    let valid = length > 0 && index + length <= bytes.length;
    for (let offset = 1; valid && offset < length; offset++) {
      const next = bytes[index + offset] ?? 0;
      valid = (next & 0xc0) === 0x80;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (valid && codePoint >= (SHORTEST_FORM_MINIMUM[length] ?? 0) && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff)) {
      text += String.fromCodePoint(codePoint);
      index += length;
    } else {
      text += '\uFFFD';
      index += 1;
    }
  }
  return text;
}

/** One byte a character, for the single-byte charsets (ISO-8859-1, Windows-1252) a message may declare. */
export function latin1Text(bytes: readonly number[]): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}
