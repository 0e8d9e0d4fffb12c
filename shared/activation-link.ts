// Turns whatever a person pastes, or an OS passes, into an activation token (or a reason why not).
import { unwrapGateway } from './link-unwrap.ts';

export type LinkProblem = 'empty' | 'too-long' | 'not-a-link' | 'host-not-allowed' | 'no-token' | 'link-rewritten';

export type LinkCheck = { ok: true; token: string } | { ok: false; problem: LinkProblem };

export interface LinkRules {
  /** The custom protocol scheme, without `:` (e.g. `ispeks`). */
  readonly scheme: string;
  /** `host[:port]` values the https link may come from. Plain http is accepted only for loopback hosts. */
  readonly allowedHosts: readonly string[];
}

export const MAX_LINK_INPUT_LENGTH = 4096;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'], ["'", "'"], ['<', '>'], ['\u201C', '\u201D'], ['\u2018', '\u2019'], ['(', ')'], ['[', ']'],
];
const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Two gateways and a forward; a fourth wrapper is refused rather than followed. */
const MAX_WRAPPERS = 3;

function unwrap(text: string): string {
  let previous = '';
  let current = text.trim();
  while (current !== previous) {
    previous = current;
    // A link copied out of a sentence often carries the sentence's full stop or comma.
    current = current.replace(/[.,;]+$/, '').trim();
    for (const [open, close] of WRAPPERS) {
      if (current.length >= 2 && current.startsWith(open) && current.endsWith(close)) {
        current = current.slice(open.length, current.length - close.length).trim();
      }
    }
  }
  return current;
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
    if ('opaque' in wrapped) return { ok: false, problem: 'link-rewritten' };
    // The wrapped link is judged as if pasted alone: the gateway's host proves nothing.
    const inner = unwrap(wrapped.inner);
    const innerUrl = tryUrl(inner);
    return innerUrl ? fromUrl(innerUrl, inner, rules, depth + 1) : { ok: false, problem: 'not-a-link' };
  }
  const host = url.host.toLowerCase();
  const allowed = rules.allowedHosts.some((allowedHost) => allowedHost.toLowerCase() === host);
  if (!allowed || (protocol === 'http:' && !LOOPBACK_HOSTNAMES.has(url.hostname.toLowerCase()))) {
    return { ok: false, problem: 'host-not-allowed' };
  }
  if (!/\/activate\/?$/.test(url.pathname)) return { ok: false, problem: 'not-a-link' };
  return tokenFrom(url);
}

export function parseActivationLink(input: string, rules: LinkRules): LinkCheck {
  if (input.length > MAX_LINK_INPUT_LENGTH) return { ok: false, problem: 'too-long' };
  const text = unwrap(input.normalize('NFKC'));
  if (text.length === 0) return { ok: false, problem: 'empty' };
  if (TOKEN_PATTERN.test(text)) return { ok: true, token: text };
  const whole = tryUrl(text);
  if (whole) {
    // `Pautan: https://…` parses as a URL with the scheme `pautan:`; then look inside it instead.
    const result = fromUrl(whole, text, rules, 0);
    if (result.ok || result.problem !== 'not-a-link') return result;
  }
  // A pasted line of the email: take the first thing in it that looks like a link.
  const schemes = ['https?', rules.scheme.replace(/[^A-Za-z0-9+.-]/g, '').replace(/[+.]/g, '\\$&')].join('|');
  const embedded = new RegExp(`(?:${schemes}):\\/\\/[^\\s<>"'\u201C\u201D()]+`, 'i').exec(text);
  const link = embedded ? unwrap(embedded[0]) : '';
  const url = tryUrl(link);
  return url ? fromUrl(url, link, rules, 0) : { ok: false, problem: 'not-a-link' };
}

export function buildAppLink(scheme: string, token: string): string {
  return `${scheme}://activate?token=${token}`;
}
