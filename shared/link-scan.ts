// Finds links in a reading of a pasted text, rejoining a link that a mail client broke across lines:
// hard wrapping at 72, 76 or 78 columns or after a hyphen or slash, `>` quoting, indented
// continuation lines, a scheme split at a line's end. Plain scans and index arithmetic, no regular
// expression that can backtrack, so hostile input takes time in proportion to its length.
import type { LinkCheck, LinkProblem } from './activation-link.ts';

export interface ScanRules {
  /** Lower-case schemes a link may start with, without `:` (e.g. `https`, `http`, `ispeks`). */
  readonly schemes: readonly string[];
  /** Judges one candidate link as written. */
  readonly check: (candidate: string) => LinkCheck;
  /** A token this long is complete: a line break right after it ends the link. */
  readonly fullTokenLength: number;
  /** Characters of candidate links still to be checked in this paste: scanning stops when it runs out. */
  readonly budget: { remaining: number };
}

// Enough for every link of a whole message's source; hostile input stops here.
const MAX_CANDIDATES = 256;
// A link nested in three gateways is up to 1,500 characters: 20 lines at 72 columns, 50 at 30.
const MAX_JOINS = 64;
const MAX_LINK_LENGTH = 4096;
const PROBLEM_RANK: Readonly<Record<LinkProblem, number>> = {
  empty: 0,
  'too-long': 0,
  'not-a-link': 1,
  'host-not-allowed': 2,
  'no-token': 3,
  'link-rewritten': 4,
};

const SCHEME_CHARS = /[A-Za-z0-9+.-]/;
// Characters that end a link in running text (RFC 3986 Appendix C: quotes and angle brackets delimit it).
// No-break spaces too (the readings the scan is given never hold them, but link-text's are raw).
const DELIMITERS = '\u00A0\u2007\u202F<>"\'\u201C\u201D\u2018\u2019()[]';

export function isLinkChar(char: string | undefined): boolean {
  return char !== undefined && char > ' ' && !DELIMITERS.includes(char);
}

/** Index just past the run of link characters that starts at `from`. */
function linkEnd(line: string, from: number): number {
  let end = from;
  while (end < line.length && isLinkChar(line[end] ?? '')) end++;
  return end;
}

function onlySpaceAfter(line: string, from: number): boolean {
  for (let index = from; index < line.length; index++) if ((line[index] ?? '') > ' ') return false;
  return true;
}

/** The run of link characters a line ends with, trailing spaces aside. */
function lineTail(line: string): { readonly start: number; readonly text: string } {
  let end = line.length;
  while (end > 0 && (line[end - 1] ?? '') <= ' ') end--;
  let start = end;
  while (start > 0 && isLinkChar(line[start - 1] ?? '')) start--;
  return { start, text: line.slice(start, end) };
}

/** Where a scheme ending just before `colon` starts, or -1 when none of the rules' schemes does. */
function schemeStart(text: string, colon: number, schemes: readonly string[]): number {
  for (const scheme of schemes) {
    const start = colon - scheme.length;
    if (start >= 0 && text.slice(start, colon).toLowerCase() === scheme && !SCHEME_CHARS.test(text[start - 1] ?? ' ')) return start;
  }
  return -1;
}

/** The first word of a line that continues a link: after `>` or `|` quote marks and indentation. */
function continuation(line: string): { readonly word: string; readonly reachesEnd: boolean } | null {
  let start = 0;
  while (start < line.length && ' \t>|'.includes(line[start] ?? '')) start++;
  const end = linkEnd(line, start);
  return end > start ? { word: line.slice(start, end), reachesEnd: onlySpaceAfter(line, end) } : null;
}

/** The one that yields a token, else the one whose problem tells the person more. */
export function better(a: LinkCheck, b: LinkCheck): LinkCheck {
  if (a.ok) return a;
  if (b.ok) return b;
  return PROBLEM_RANK[b.problem] > PROBLEM_RANK[a.problem] ? b : a;
}

/**
 * A link that runs to its line's end may go on in the next line's first word. Joined links count only
 * when their token has exactly the full length: a cut link followed by a long word is not a token,
 * and a link that ends at its line's end does not take in the next line's words.
 * A hyphen at a line's end stays: mail clients break after the link's own hyphens, and tokens have them.
 */
function extend(lines: readonly string[], first: string, lineIndex: number, reachesEnd: boolean, rules: ScanRules): LinkCheck {
  rules.budget.remaining -= first.length;
  const unbroken = rules.check(first);
  if (!reachesEnd || (unbroken.ok && unbroken.token.length >= rules.fullTokenLength)) return unbroken;
  let text = first;
  let problem = unbroken;
  for (let joins = 0; joins < MAX_JOINS && text.length < MAX_LINK_LENGTH && rules.budget.remaining > 0; joins++) {
    const next = continuation(lines[lineIndex + 1 + joins] ?? '');
    if (next === null) break;
    text += next.word;
    rules.budget.remaining -= text.length;
    const joined = rules.check(text);
    if (joined.ok && joined.token.length === rules.fullTokenLength) return joined;
    // Longer than a full token: the last word was the text after the link, not the link.
    if (joined.ok && joined.token.length > rules.fullTokenLength) break;
    if (!joined.ok) problem = better(problem, joined);
    if (!next.reachesEnd) break;
  }
  return problem;
}

/** The first link in the text that yields a token, else the most telling problem of those found (not-a-link when none is). */
export function findLink(text: string, rules: ScanRules): LinkCheck {
  const lines = text.split('\n');
  let result: LinkCheck = { ok: false, problem: 'not-a-link' };
  let candidates = 0;
  for (let lineIndex = 0; lineIndex < lines.length && candidates < MAX_CANDIDATES && rules.budget.remaining > 0; lineIndex++) {
    const line = lines[lineIndex] ?? '';
    // Links do not overlap: a scheme inside the last candidate (an unencoded wrapped link) is part of it.
    let consumed = 0;
    for (let colon = line.indexOf('://'); colon >= 0 && candidates < MAX_CANDIDATES; colon = line.indexOf('://', colon + 1)) {
      const start = schemeStart(line, colon, rules.schemes);
      if (start < consumed) continue;
      const end = linkEnd(line, start);
      candidates++;
      const found = extend(lines, line.slice(start, end), lineIndex, onlySpaceAfter(line, end), rules);
      if (found.ok) return found;
      result = better(result, found);
      consumed = end;
    }
    // A scheme split at the line's end: `…https:` then `//host/…`, or `…ht` then `tps://…`.
    const tail = lineTail(line);
    const next = continuation(lines[lineIndex + 1] ?? '');
    if (next === null || tail.text === '' || tail.start < consumed) continue;
    const joined = tail.text + next.word;
    const colon = joined.indexOf('://');
    const start = colon >= 0 ? schemeStart(joined, colon, rules.schemes) : -1;
    if (start < 0 || start >= tail.text.length || colon + 3 <= tail.text.length) continue;
    candidates++;
    const found = extend(lines, joined.slice(start), lineIndex + 1, next.reachesEnd, rules);
    if (found.ok) return found;
    result = better(result, found);
  }
  return result;
}
