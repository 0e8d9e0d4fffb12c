// Turns whatever a person pastes, or an OS passes, into an activation token (or a reason why not).
// Every form a mail client, a gateway or a message's source view gives the link, with its source,
// is in docs/activation-links.md.
import { better, findLink } from './link-scan.ts';
import { cleanText, readingsOf } from './link-text.ts';
import { unwrapGateway } from './link-unwrap.ts';
import { isLoopbackHostname } from './loopback.ts';

export type LinkProblem = 'empty' | 'too-long' | 'not-a-link' | 'host-not-allowed' | 'no-token' | 'link-rewritten';

export type LinkCheck = { ok: true; token: string } | { ok: false; problem: LinkProblem };

export interface LinkRules {
  /** The custom protocol scheme, without `:` (e.g. `ispeks`). */
  readonly scheme: string;
  /** `host[:port]` values the https link may come from. Plain http is accepted only for loopback hosts. */
  readonly allowedHosts: readonly string[];
}

/**
 * A whole message's source view (headers of a gateway-scanned message, the text and HTML parts,
 * the QR code's PNG in base64) is 10,000 to 25,000 characters; 64 KiB leaves room and still bounds
 * the work a hostile paste can cause.
 */
export const MAX_LINK_INPUT_LENGTH = 65_536;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;
/** What the API issues: 32 random bytes in base64url. A link broken across lines is rejoined up to this length. */
export const ISSUED_TOKEN_LENGTH = 43;
/** Two gateways and a forward; a fourth wrapper is refused rather than followed. */
const MAX_WRAPPERS = 3;
/**
 * Characters of candidate links parsed per paste, joins included: a whole message's source needs a
 * few thousand, a link in three gateways wrapped at 30 columns about 40,000. Hostile input stops here.
 */
const CHECK_BUDGET = 131_072;

const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'], ["'", "'"], ['<', '>'], ['\u201C', '\u201D'], ['\u2018', '\u2019'], ['(', ')'], ['[', ']'],
];
// A link copied out of a sentence often carries the sentence's punctuation.
const TRAILING_PUNCTUATION = '.,;:!?';

/** Without surrounding space, quotes, brackets or the sentence's punctuation; index arithmetic, so linear. */
function unwrap(text: string): string {
  let start = 0;
  let end = text.length;
  for (;;) {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && (/\s/.test(text[end - 1] ?? '') || TRAILING_PUNCTUATION.includes(text[end - 1] ?? ''))) end--;
    const first = text[start];
    const last = text[end - 1];
    if (end - start < 2 || !WRAPPERS.some(([open, close]) => first === open && last === close)) break;
    start++;
    end--;
  }
  return text.slice(start, end);
}

function tryUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function tokenFrom(url: URL): LinkCheck {
  const token = url.searchParams.get('token');
  return token !== null && TOKEN_PATTERN.test(token) ? { ok: true, token } : { ok: false, problem: 'no-token' };
}

function fromUrl(url: URL, raw: string, rules: LinkRules, depth: number): LinkCheck {
  const protocol = url.protocol.toLowerCase();
  if (protocol === `${rules.scheme.toLowerCase()}:`) {
    const target = (url.hostname || url.pathname.replace(/^\/+/, '')).replace(/\/+$/, '').toLowerCase();
    return target === 'activate' ? tokenFrom(url) : { ok: false, problem: 'not-a-link' };
  }
  if (protocol !== 'https:' && protocol !== 'http:') return { ok: false, problem: 'not-a-link' };
  const wrapped = unwrapGateway(url, raw);
  if (wrapped !== null) {
    if (depth >= MAX_WRAPPERS) return { ok: false, problem: 'not-a-link' };
    // The wrapped link is judged as if pasted alone: the gateway's host proves nothing.
    return 'opaque' in wrapped ? { ok: false, problem: 'link-rewritten' } : checkLink(wrapped.inner, rules, depth + 1);
  }
  const host = url.host.toLowerCase();
  const allowed = rules.allowedHosts.some((allowedHost) => allowedHost.toLowerCase() === host);
  if (!allowed || (protocol === 'http:' && !isLoopbackHostname(url.hostname))) {
    return { ok: false, problem: 'host-not-allowed' };
  }
  if (!/\/activate\/?$/.test(url.pathname)) return { ok: false, problem: 'not-a-link' };
  return tokenFrom(url);
}

function checkLink(text: string, rules: LinkRules, depth: number): LinkCheck {
  // `&amp;` is how a link's `&` reads in the HTML part of a message's source.
  const link = unwrap(text.replace(/&amp;/gi, '&'));
  const url = tryUrl(link);
  return url ? fromUrl(url, link, rules, depth) : { ok: false, problem: 'not-a-link' };
}

function fromReading(reading: string, rules: LinkRules, budget: { remaining: number }): LinkCheck {
  const text = unwrap(reading);
  if (TOKEN_PATTERN.test(text)) return { ok: true, token: text };
  if (!/\s/.test(text)) {
    // `Pautan:https://…` parses as a URL with the scheme `pautan:`; then look inside it instead.
    const whole = checkLink(text, rules, 0);
    if (whole.ok || whole.problem !== 'not-a-link') return whole;
  }
  const schemes = [...new Set(['https', 'http', rules.scheme.toLowerCase()])];
  return findLink(reading, { schemes, check: (candidate) => checkLink(candidate, rules, 0), fullTokenLength: ISSUED_TOKEN_LENGTH, budget });
}

export function parseActivationLink(input: string, rules: LinkRules): LinkCheck {
  if (input.length > MAX_LINK_INPUT_LENGTH) return { ok: false, problem: 'too-long' };
  if (unwrap(cleanText(input)) === '') return { ok: false, problem: 'empty' };
  const budget = { remaining: CHECK_BUDGET };
  let found: LinkCheck = { ok: false, problem: 'not-a-link' };
  for (const reading of readingsOf(input)) {
    const result = fromReading(reading, rules, budget);
    // `token=3D…` is a link or its quoted-printable source; the length the API issues settles which.
    if (result.ok && result.token.length === ISSUED_TOKEN_LENGTH) return result;
    found = better(found, result);
  }
  return found;
}

export function buildAppLink(scheme: string, token: string): string {
  return `${scheme}://activate?token=${token}`;
}
