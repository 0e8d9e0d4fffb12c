// The readings of a pasted text in which to look for the link: the text as it is, and what the source
// view of a message hides it in (MIME parts in quoted-printable or base64, format=flowed lines).
import { base64Bytes, latin1Text, quotedPrintableBytes, utf8Text } from './link-bytes.ts';
import { isLinkChar } from './link-scan.ts';

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

interface PartHeaders {
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
  readonly encoding: string;
}

const HEADER_LINE = /^[A-Za-z0-9-]+[ \t]*:/;
// A message has a handful of parts; hostile input with thousands is read no further.
const MAX_PARTS = 32;
const CONTENT_HEADER = /^content-(?:type|transfer-encoding)[ \t]*:/im;

function parseHeaders(lines: readonly string[]): PartHeaders {
  const unfolded: string[] = [];
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && unfolded.length > 0) unfolded[unfolded.length - 1] += ` ${line.trim()}`;
    else unfolded.push(line);
  }
  let type = 'text/plain';
  let encoding = '7bit';
  const params = new Map<string, string>();
  for (const header of unfolded) {
    const colon = header.indexOf(':');
    const name = header.slice(0, colon).trim().toLowerCase();
    const value = header.slice(colon + 1).trim();
    if (name === 'content-transfer-encoding') encoding = value.toLowerCase();
    if (name !== 'content-type') continue;
    const [mediaType = '', ...rest] = value.split(';');
    type = mediaType.trim().toLowerCase();
    for (const param of rest) {
      const equals = param.indexOf('=');
      if (equals > 0) params.set(param.slice(0, equals).trim().toLowerCase(), param.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1'));
    }
  }
  return { type, params, encoding };
}

/** RFC 3676 §4: a line ending in a space flows into the next of the same quote depth; DelSp=yes drops that space. */
function unflow(text: string, deleteSpace: boolean): string {
  const lines: string[] = [];
  let paragraph: string | null = null;
  let depth = 0;
  const flush = () => {
    if (paragraph !== null) lines.push(`${'>'.repeat(depth)}${depth > 0 ? ' ' : ''}${paragraph}`);
    paragraph = null;
  };
  for (const line of text.split('\n')) {
    const quotes = line.length - line.replace(/^>+/, '').length;
    // §4.4: a space after the quote marks is space-stuffing, not content.
    const content = line.slice(quotes).replace(/^ /, '');
    const flowed = content.endsWith(' ') && content !== '-- ';
    if (quotes !== depth) flush();
    depth = quotes;
    paragraph = (paragraph ?? '') + (flowed && deleteSpace ? content.slice(0, -1) : content);
    if (!flowed) flush();
  }
  flush();
  return lines.join('\n');
}

function decodeBody(body: string, headers: PartHeaders): string | null {
  if (!headers.type.startsWith('text/')) return null;
  const charset = (headers.params.get('charset') ?? 'utf-8').toLowerCase();
  const bytes = headers.encoding === 'quoted-printable' ? quotedPrintableBytes(body) : headers.encoding === 'base64' ? base64Bytes(body) : null;
  if (headers.encoding === 'base64' && bytes === null) return null;
  const singleByte = charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii';
  const text = bytes === null ? body : singleByte ? latin1Text(bytes) : utf8Text(bytes);
  return headers.params.get('format')?.toLowerCase() === 'flowed' ? unflow(text, headers.params.get('delsp')?.toLowerCase() === 'yes') : text;
}

/** The decoded text parts of a message's source (RFC 2045, 2046), or none when the text is not one. */
function mimeTextParts(text: string): string[] {
  if (!CONTENT_HEADER.test(text)) return [];
  const boundaries = new Set<string>();
  const parts: string[] = [];
  let headerLines: string[] | null = null;
  let headers: PartHeaders | null = null;
  let body: string[] = [];
  const isBoundary = (line: string) => {
    if (!line.startsWith('--')) return false;
    const name = line.trimEnd().slice(2).replace(/--$/, '');
    // A pasted part without its message's headers: any delimiter-like line separates parts.
    return boundaries.has(name) || (boundaries.size === 0 && /^[0-9A-Za-z'()+_,./:=?-]{1,70}$/.test(name));
  };
  const finishPart = () => {
    const decoded = headers === null || parts.length >= MAX_PARTS ? null : decodeBody(body.join('\n'), headers);
    if (decoded !== null) parts.push(decoded);
    body = [];
  };
  const lines = text.split('\n');
  if (HEADER_LINE.test(lines[0] ?? '')) headerLines = [];
  for (const line of lines) {
    if (headerLines !== null) {
      if (line.trim() !== '') {
        headerLines.push(line);
        continue;
      }
      headers = parseHeaders(headerLines);
      const boundary = headers.params.get('boundary');
      if (boundary !== undefined) boundaries.add(boundary);
      headerLines = null;
    } else if (isBoundary(line)) {
      finishPart();
      headers = null;
      headerLines = [];
    } else {
      body.push(line);
    }
  }
  finishPart();
  return parts;
}

/**
 * Where to look, best first: the decoded parts of a message's source; a quoted-printable fragment
 * decoded before the text as it is when a soft line break proves it one (RFC 2045 §6.7), after it
 * when only an `=XX` suggests it; then the text. Each reading is cleaned with cleanText.
 */
export function* readingsOf(input: string): Generator<string> {
  const text = normaliseLineBreaks(input);
  for (const part of mimeTextParts(text)) yield cleanText(part);
  const decoded = () => cleanText(utf8Text(quotedPrintableBytes(text)));
  const softLineBreak = /=[ \t]*\n/.test(text);
  if (softLineBreak) yield decoded();
  yield cleanText(text);
  if (!softLineBreak && /=[0-9A-F]{2}/.test(text)) yield decoded();
}
