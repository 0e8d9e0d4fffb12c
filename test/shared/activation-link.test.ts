import { describe, it, expect } from 'vitest';
import {
  MAX_LINK_INPUT_LENGTH,
  TOKEN_PATTERN,
  buildAppLink,
  parseActivationLink,
} from '../../shared/activation-link.ts';
import type { LinkCheck, LinkProblem, LinkRules } from '../../shared/activation-link.ts';
import { tokenSchema } from '../../shared/api-contract.ts';
import { prng } from '../prng.ts';

const RULES: LinkRules = { scheme: 'ispeks', allowedHosts: ['ispeks.example.gov.my', '127.0.0.1:8787'] };
const parse = (input: string): LinkCheck => parseActivationLink(input, RULES);

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A token like the server's: 32 random bytes, base64url without padding, 43 characters. */
function makeToken(seed: number, length = 43): string {
  const next = prng(seed);
  let token = '';
  for (let i = 0; i < length; i++) token += BASE64URL[Math.floor(next() * 64)];
  return token;
}

const T = makeToken(1);
const APP = `ispeks://activate?token=${T}`;
const HTTPS = `https://ispeks.example.gov.my/activate?token=${T}`;
const LOOPBACK = `http://127.0.0.1:8787/activate?token=${T}`;

const safeLinks = (original: string): string =>
  `https://apc01.safelinks.protection.outlook.com/?url=${encodeURIComponent(original)}` +
  '&data=05%7C02%7Csiti%40example.gov.my%7Cabc123%7C0%7C0%7C638000000000000000%7CUnknown&sdata=xyz%3D&reserved=0';

const accepted = { ok: true, token: T };
const rejected = (problem: LinkProblem): LinkCheck => ({ ok: false, problem });

describe('token helper', () => {
  it('builds 43-character base64url tokens that the link rules and the API contract both accept', () => {
    expect(T).toHaveLength(43);
    expect(T).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(makeToken(2)).not.toBe(T);
    for (let seed = 0; seed < 50; seed++) {
      const token = makeToken(seed);
      expect(TOKEN_PATTERN.test(token)).toBe(true);
      expect(tokenSchema.safeParse(token).success).toBe(true);
    }
  });
});

describe('parseActivationLink: accepted', () => {
  it.each([
    ['app link', APP],
    ['app link, upper-case scheme, trailing slash', `ISPEKS://activate/?token=${T}`],
    ['app link, Activate in capitals', `ispeks://ACTIVATE?token=${T}`],
    ['https link', HTTPS],
    ['https link with trailing slash', `https://ispeks.example.gov.my/activate/?token=${T}`],
    ['https link, host in capitals', `HTTPS://ISPEKS.EXAMPLE.GOV.MY/activate?token=${T}`],
    ['https link with explicit default port', `https://ispeks.example.gov.my:443/activate?token=${T}`],
    ['https link with other parameters and a fragment', `https://ispeks.example.gov.my/activate?lang=ms&token=${T}#top`],
    ['http loopback link', LOOPBACK],
    ['https loopback link', `https://127.0.0.1:8787/activate?token=${T}`],
    ['bare token', T],
    ['full-width link (NFKC)', `ｈｔｔｐｓ：／／ispeks.example.gov.my/activate?token=${T}`],
  ])('%s', (_label, input) => {
    expect(parse(input)).toEqual(accepted);
  });

  const wrappings: ReadonlyArray<readonly [string, (text: string) => string]> = [
    ['surrounding spaces', (text) => `   ${text}   `],
    ['surrounding newlines and tabs', (text) => `\r\n\t${text}\r\n`],
    ['double quotes', (text) => `"${text}"`],
    ['single quotes', (text) => `'${text}'`],
    ['smart double quotes', (text) => `\u201C${text}\u201D`],
    ['smart single quotes', (text) => `\u2018${text}\u2019`],
    ['angle brackets', (text) => `<${text}>`],
    ['parentheses', (text) => `(${text})`],
    ['square brackets', (text) => `[${text}]`],
    ['trailing full stop', (text) => `${text}.`],
    ['trailing comma', (text) => `${text},`],
    ['quotes inside angle brackets, with spaces', (text) => ` < "${text}" > `],
  ];
  const forms = [['app link', APP], ['https link', HTTPS], ['loopback link', LOOPBACK], ['bare token', T]] as const;
  const wrapped = wrappings.flatMap(([how, wrap]) => forms.map(([what, text]) => [`${what} with ${how}`, wrap(text)] as const));

  it.each(wrapped)('%s', (_label, input) => {
    expect(parse(input)).toEqual(accepted);
  });

  it.each([
    ['app link', APP],
    ['https link', HTTPS],
    ['Safe Links', safeLinks(HTTPS)],
  ])('%s in quotes, then the full stop of the sentence', (_label, text) => {
    expect(parse(`"${text}".`)).toEqual(accepted);
    expect(parse(`\u201C${text}\u201D.\n`)).toEqual(accepted);
  });

  // A bare token quoted and followed by a full stop, as a sentence would end: both the quotes and the
  // stop come off, in either order.
  it.each([
    ['straight quotes', `"${T}".`],
    ['smart quotes', `\u201C${T}\u201D.`],
    ['angle brackets', `<${T}>.`],
  ])('a bare token in %s, then a full stop', (_label, input) => {
    expect(parse(input)).toEqual(accepted);
  });

  it.each([
    ['https link', HTTPS],
    ['app link', APP],
    ['loopback link', LOOPBACK],
  ])('Outlook Safe Links around the %s', (_label, original) => {
    expect(parse(safeLinks(original))).toEqual(accepted);
  });

  it('Safe Links in another region, quoted and with a trailing full stop', () => {
    const link = safeLinks(HTTPS).replace('apc01', 'nam12');
    expect(parse(`"${link}".`)).toEqual(accepted);
  });

  it('Safe Links whose url parameter was left unencoded', () => {
    expect(parse(`https://apc01.safelinks.protection.outlook.com/?url=${HTTPS}&data=05%7C02&reserved=0`)).toEqual(accepted);
  });

  it.each([
    ['Malay sentence', `Sila klik pautan berikut: ${HTTPS} untuk mengaktifkan akaun anda.`],
    ['English sentence ending with the link', `To activate your account, open ${HTTPS}.`],
    ['app link in a sentence', `Atau buka ${APP} pada komputer kiosk.`],
    ['link in angle brackets in a sentence', `Pautan pengaktifan <${HTTPS}> sah selama 30 minit.`],
    ['link in smart quotes in a sentence', `Buka \u201C${HTTPS}\u201D sekarang.`],
    ['link on its own line of a pasted email', `Assalamualaikum,\n\nPautan pengaktifan:\n${HTTPS}\n\nPautan ini sah selama 30 minit sahaja.`],
    ['Safe Links in a sentence', `Sila klik ${safeLinks(HTTPS)} untuk meneruskan.`],
    ['quoted link followed by a full stop', `"${HTTPS}".`],
  ])('a pasted %s', (_label, input) => {
    expect(parse(input)).toEqual(accepted);
  });

  // The line of the e-mail people copy often begins with a one-word label, which the WHATWG parser
  // would read as a URL scheme (`pautan:`): the link inside the line is still found.
  it.each([
    ['Pautan: label', `Pautan: ${HTTPS}`],
    ['Link: label', `Link: ${HTTPS}`],
    ['Pautan: label before the app link', `Pautan: ${APP}`],
  ])('a pasted line with a %s', (_label, input) => {
    expect(parse(input)).toEqual(accepted);
  });

  // The closing parenthesis belongs to the sentence, not to the link or its token.
  it('a link in parentheses in the middle of a sentence', () => {
    expect(parse(`Klik pautan ini (${HTTPS}) dalam masa 30 minit.`)).toEqual(accepted);
  });

  it('accepts tokens of 32 and 128 characters, and returns them unchanged', () => {
    const short = makeToken(3, 32);
    const long = makeToken(4, 128);
    expect(parse(short)).toEqual({ ok: true, token: short });
    expect(parse(`ispeks://activate?token=${long}`)).toEqual({ ok: true, token: long });
  });

  it('takes the first token parameter', () => {
    expect(parse(`${HTTPS}&token=${makeToken(5)}`)).toEqual(accepted);
  });

  // Userinfo does not change where a link goes: the WHATWG parser (the one browsers navigate with)
  // reads the host after the `@`, so `evil.com@ispeks…` really is our host, and the reverse is not.
  // The kiosk never navigates to the link anyway: it only sends the token to its configured API.
  it('judges the host after userinfo, as a browser would', () => {
    expect(parse(`https://evil.com@ispeks.example.gov.my/activate?token=${T}`)).toEqual(accepted);
    expect(parse(`https://ispeks.example.gov.my@evil.com/activate?token=${T}`)).toEqual(rejected('host-not-allowed'));
    expect(parse(`https://ispeks.example.gov.my:pw@evil.com/activate?token=${T}`)).toEqual(rejected('host-not-allowed'));
  });
});

describe('parseActivationLink: rejected, with the right problem', () => {
  it.each([
    ['empty string', ''],
    ['spaces', '     '],
    ['newlines and tabs', '\n\t\r\n'],
    ['ideographic space (NFKC → space)', '\u3000'],
    ['empty quotes', '""'],
    ['empty angle brackets with a space', '< >'],
    ['a full stop', '.'],
  ])('empty: %s', (_label, input) => {
    expect(parse(input)).toEqual(rejected('empty'));
  });

  // A whole message's source view has to fit (see activation-link-forms.test.ts): 64 KiB.
  it('too-long: more than MAX_LINK_INPUT_LENGTH characters, even if a link is inside', () => {
    expect(MAX_LINK_INPUT_LENGTH).toBe(65_536);
    const padded = (length: number): string => HTTPS + ' '.repeat(length - HTTPS.length);
    expect(parse(padded(MAX_LINK_INPUT_LENGTH))).toEqual(accepted);
    expect(parse(padded(MAX_LINK_INPUT_LENGTH + 1))).toEqual(rejected('too-long'));
    expect(parse('x'.repeat(100_000))).toEqual(rejected('too-long'));
    expect(parse(' '.repeat(MAX_LINK_INPUT_LENGTH + 1))).toEqual(rejected('too-long'));
  });

  it.each([
    ['random text', 'hello world'],
    ['a word', 'activate'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['javascript: URL with our token', `javascript:alert('${T}')`],
    ['file: URL', 'file:///etc/passwd'],
    ['data: URL', `data:text/html,<a href="x">${'x'.repeat(10)}</a>`],
    ['mailto: URL', `mailto:siti@ispeks.example.gov.my?token=${T}`],
    ['ftp: URL to our host', `ftp://ispeks.example.gov.my/activate?token=${T}`],
    ['another app scheme', `otherapp://activate?token=${T}`],
    ['our scheme, another action', `ispeks://reset?token=${T}`],
    ['our scheme, no action', `ispeks://?token=${T}`],
    ['our host, wrong path', `https://ispeks.example.gov.my/reset?token=${T}`],
    ['our host, path only close to /activate', `https://ispeks.example.gov.my/activated?token=${T}`],
    ['our host, root path', `https://ispeks.example.gov.my/?token=${T}`],
    ['loopback, wrong path', `http://127.0.0.1:8787/v1/activations/${T}`],
    ['a token that is too short to be bare', makeToken(6, 31)],
    ['a token with a label', `token=${T}`],
    ['Safe Links without a url parameter', 'https://apc01.safelinks.protection.outlook.com/?data=05%7C02&reserved=0'],
    ['Safe Links around text that is not a URL', safeLinks('hello world')],
    ['Safe Links nested four deep', safeLinks(safeLinks(safeLinks(safeLinks(HTTPS))))],
  ])('not-a-link: %s', (_label, input) => {
    expect(parse(input)).toEqual(rejected('not-a-link'));
  });

  it('follows Safe Links nested up to three deep', () => {
    expect(parse(safeLinks(safeLinks(safeLinks(HTTPS))))).toEqual(accepted);
  });

  it.each([
    ['another host', `https://evil.example/activate?token=${T}`],
    ['http to a non-loopback allowed host', `http://ispeks.example.gov.my/activate?token=${T}`],
    ['our host as a subdomain of another', `https://ispeks.example.gov.my.evil.com/activate?token=${T}`],
    ['a subdomain of our host', `https://www.ispeks.example.gov.my/activate?token=${T}`],
    ['our host with a trailing dot', `https://ispeks.example.gov.my./activate?token=${T}`],
    ['our host on another port', `https://ispeks.example.gov.my:8443/activate?token=${T}`],
    ['loopback on another port', `http://127.0.0.1:9999/activate?token=${T}`],
    ['loopback without the port', `http://127.0.0.1/activate?token=${T}`],
    ['localhost when only 127.0.0.1:8787 is allowed', `http://localhost:8787/activate?token=${T}`],
    ['Safe Links around another host', safeLinks(`https://evil.example/activate?token=${T}`)],
    ['Safe Links around http to our host', safeLinks(`http://ispeks.example.gov.my/activate?token=${T}`)],
    ['a look-alike of the Safe Links host', `https://apc01.safelinks.protection.outlook.com.evil.example/?url=${encodeURIComponent(HTTPS)}`],
    ['a Safe Links host without the dot', `https://evilsafelinks.protection.outlook.com/?url=${encodeURIComponent(HTTPS)}`],
    ['another host in a sentence', `Sila klik https://evil.example/activate?token=${T} sekarang.`],
  ])('host-not-allowed: %s', (_label, input) => {
    expect(parse(input)).toEqual(rejected('host-not-allowed'));
  });

  it.each([
    ['no token parameter', 'https://ispeks.example.gov.my/activate'],
    ['empty token', 'https://ispeks.example.gov.my/activate?token='],
    ['app link without a token', 'ispeks://activate'],
    ['token too short (31)', `ispeks://activate?token=${makeToken(7, 31)}`],
    ['token too long (129)', `ispeks://activate?token=${makeToken(8, 129)}`],
    ['token with +', `https://ispeks.example.gov.my/activate?token=${T.slice(0, 40)}+ab`],
    ['token with /', `https://ispeks.example.gov.my/activate?token=${T.slice(0, 40)}/ab`],
    ['token with = padding', `https://ispeks.example.gov.my/activate?token=${T}=`],
    ['token with an encoded space', `https://ispeks.example.gov.my/activate?token=${T.slice(0, 20)}%20${T.slice(20)}`],
    ['token with a non-ASCII letter', `ispeks://activate?token=${T.slice(0, 42)}é`],
    ['token in the fragment, not the query', `https://ispeks.example.gov.my/activate#token=${T}`],
    ['token under another name', `https://ispeks.example.gov.my/activate?t=${T}`],
    ['Safe Links around a link without a token', safeLinks('https://ispeks.example.gov.my/activate')],
    ['loopback link without a token', 'http://127.0.0.1:8787/activate?token=abc'],
  ])('no-token: %s', (_label, input) => {
    expect(parse(input)).toEqual(rejected('no-token'));
  });
});

describe('parseActivationLink: other rules', () => {
  it('uses the scheme from the rules, not a hard-coded one', () => {
    const rules: LinkRules = { scheme: 'ispeks-dev', allowedHosts: [] };
    expect(parseActivationLink(`ispeks-dev://activate?token=${T}`, rules)).toEqual(accepted);
    expect(parseActivationLink(APP, rules)).toEqual(rejected('not-a-link'));
  });

  it('allows only the hosts in the rules', () => {
    const rules: LinkRules = { scheme: 'ispeks', allowedHosts: ['Other.Example.gov.my'] };
    expect(parseActivationLink(`https://other.example.gov.my/activate?token=${T}`, rules)).toEqual(accepted);
    expect(parseActivationLink(HTTPS, rules)).toEqual(rejected('host-not-allowed'));
  });

  it('allows plain http to localhost and [::1] when they are allowed hosts', () => {
    const rules: LinkRules = { scheme: 'ispeks', allowedHosts: ['localhost:8787', '[::1]:8787'] };
    expect(parseActivationLink(`http://localhost:8787/activate?token=${T}`, rules)).toEqual(accepted);
    expect(parseActivationLink(`http://[::1]:8787/activate?token=${T}`, rules)).toEqual(accepted);
  });

  it('accepts a whole link in a scheme containing regular-expression characters', () => {
    const rules: LinkRules = { scheme: 'a.b+c', allowedHosts: [] };
    expect(parseActivationLink(`a.b+c://activate?token=${T}`, rules)).toEqual(accepted);
    expect(parseActivationLink(`Buka axb+c://activate?token=${T} sekarang`, rules)).toEqual(rejected('not-a-link'));
  });

  // A scheme may hold `.` and `+`: they are read as themselves, not as pattern operators.
  it('finds a link in a sentence whatever the scheme', () => {
    const rules: LinkRules = { scheme: 'a.b+c', allowedHosts: [] };
    expect(parseActivationLink(`Buka a.b+c://activate?token=${T} sekarang`, rules)).toEqual(accepted);
  });
});

describe('buildAppLink', () => {
  it('builds the custom-scheme link', () => {
    expect(buildAppLink('ispeks', T)).toBe(APP);
  });

  it('round-trips through parseActivationLink', () => {
    for (let seed = 100; seed < 200; seed++) {
      const token = makeToken(seed, 32 + (seed % 97));
      expect(parseActivationLink(buildAppLink('ispeks', token), RULES)).toEqual({ ok: true, token });
    }
  });

  it('round-trips with another scheme', () => {
    const rules: LinkRules = { scheme: 'ispeks-uat', allowedHosts: [] };
    expect(parseActivationLink(buildAppLink('ispeks-uat', T), rules)).toEqual(accepted);
  });
});

describe('parseActivationLink never throws', () => {
  const PROBLEMS: readonly LinkProblem[] = ['empty', 'too-long', 'not-a-link', 'host-not-allowed', 'no-token'];
  const FRAGMENTS = [
    'ispeks://', 'https://', 'http://', 'activate', '?token=', '&', '=', '%', '%zz', '%E0%A4%A', '#', '@', ':', '/',
    '//', '\\', '[', ']', '[::1]', '(', ')', '<', '>', '"', "'", '\u201C', '\u201D', '.', ',', ';', ' ', '\n', '\t',
    '\u0000', '\uD800', '\uDFFF', '\u202E', '\uFEFF', 'ｈｔｔｐｓ', '１２７', 'ispeks.example.gov.my', '127.0.0.1:8787',
    'safelinks.protection.outlook.com', 'url=', 'javascript:', 'file:', T, T.slice(0, 10), '😀', 'é', 'İ', 'ß',
  ];

  function garbage(next: () => number): string {
    const kind = Math.floor(next() * 3);
    const length = Math.floor(next() * 60);
    let text = '';
    for (let i = 0; i < length; i++) {
      if (kind === 0) text += String.fromCharCode(Math.floor(next() * 0x10000)); // any UTF-16 unit, lone surrogates too
      else if (kind === 1) text += String.fromCharCode(Math.floor(next() * 0x80)); // ASCII, controls included
      else text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    }
    return text;
  }

  function mutate(next: () => number, base: string): string {
    const chars = [...base];
    const edits = 1 + Math.floor(next() * 4);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(next() * (chars.length + 1));
      const fragment = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '';
      if (next() < 0.5) chars.splice(at, 1, fragment);
      else chars.splice(at, 0, fragment);
    }
    return chars.join('');
  }

  it('answers an object with an ok boolean for 5,000 seeded garbage and mutated inputs', () => {
    const next = prng(20261124);
    const bases = [APP, HTTPS, LOOPBACK, safeLinks(HTTPS), `Sila klik ${HTTPS}.`];
    const tally: Record<string, number> = {};
    for (let i = 0; i < 5000; i++) {
      const input = i % 2 === 0 ? garbage(next) : mutate(next, bases[i % bases.length] ?? APP);
      let result: LinkCheck | undefined;
      expect(() => {
        result = parse(input);
      }, JSON.stringify(input)).not.toThrow();
      expect(typeof result?.ok, JSON.stringify(input)).toBe('boolean');
      if (result?.ok) {
        expect(result.token, JSON.stringify(input)).toMatch(TOKEN_PATTERN);
      } else {
        expect(PROBLEMS, JSON.stringify(input)).toContain(result?.problem);
      }
      const key = result?.ok ? 'ok' : (result?.problem ?? 'none');
      tally[key] = (tally[key] ?? 0) + 1;
    }
    // The fuzz reaches several branches, not only the first one.
    expect(Object.keys(tally).length).toBeGreaterThanOrEqual(4);
  });

  it('survives inputs at the length limit made of worst-case characters', () => {
    for (const unit of ['\uD800', '(', '"', '.', 'https://', '%', '\u3000']) {
      const input = unit.repeat(Math.floor(MAX_LINK_INPUT_LENGTH / unit.length));
      expect(typeof parse(input).ok).toBe('boolean');
    }
  });
});
