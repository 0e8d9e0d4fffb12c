// Bytes in the encodings mail gateways use (base64, UTF-8), decoded
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
    const minimum = [0, 0, 0x80, 0x800, 0x10000][length] ?? 0;
    if (valid && codePoint >= minimum && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff)) {
      text += String.fromCodePoint(codePoint);
      index += length;
    } else {
      text += '\uFFFD';
      index += 1;
    }
  }
  return text;
}
