// Property tests (fast-check): any valid token, in any combination of the forms mail gives a link,
// parses back to itself; a link to another host, a link a gateway keeps to itself, and text that
// holds no link never yield a token. Seeded (test/property.ts): a failure prints the seed and path that
// replay it, and PROPERTY_SEED=<seed> runs the same cases again.
import fc from 'fast-check';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { ISSUED_TOKEN_LENGTH, MAX_LINK_INPUT_LENGTH, TOKEN_PATTERN, parseActivationLink } from '../../shared/activation-link.ts';
import type { LinkCheck } from '../../shared/activation-link.ts';
import { prng } from '../prng.ts';
import {
  GATEWAYS,
  HOST,
  INVISIBLE,
  OPAQUE_GATEWAYS,
  QUOTE_PREFIXES,
  RULES,
  SURROUNDINGS,
  formatFlowed,
  fullWidth,
  hardWrap,
  quote,
  quotedPrintable,
  sprinkle,
} from './activation-link-forms.ts';
import type { WrapStyle } from './activation-link-forms.ts';
import { PROPERTY_RUNS, PROPERTY_SEED } from '../property.ts';

const SEED = PROPERTY_SEED;
const RUNS = PROPERTY_RUNS;
const parse = (input: string): LinkCheck => parseActivationLink(input, RULES);

const BASE64URL = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const tokenOf = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...BASE64URL), minLength, maxLength });
const issuedToken = tokenOf(ISSUED_TOKEN_LENGTH, ISSUED_TOKEN_LENGTH);
// `token=3D` + 43 characters is also the quoted-printable source of a 43-character token, which wins.
const anyToken = tokenOf(32, 128).filter((token) => !(token.length === ISSUED_TOKEN_LENGTH + 2 && token.startsWith('3D')));

const LINKS = [
  (token: string) => `https://${HOST}/activate?token=${token}`,
  (token: string) => `https://${HOST}/activate/?lang=ms&token=${token}`,
  (token: string) => `HTTPS://ISPEKS.EXAMPLE.GOV.MY/activate?token=${token}`,
  (token: string) => `ispeks://activate?token=${token}`,
  (token: string) => `http://127.0.0.1:8787/activate?token=${token}`,
];
const FOREIGN_LINKS = [
  (token: string) => `https://evil.example/activate?token=${token}`,
  (token: string) => `https://${HOST}.evil.example/activate?token=${token}`,
  (token: string) => `https://www.${HOST}/activate?token=${token}`,
  (token: string) => `https://ispeks-example.gov.my/activate?token=${token}`,
  (token: string) => `https://${HOST}:8443/activate?token=${token}`,
  (token: string) => `https://${HOST}@evil.example/activate?token=${token}`,
  (token: string) => `http://${HOST}/activate?token=${token}`,
  (token: string) => `http://127.0.0.1:9999/activate?token=${token}`,
  (token: string) => `otherapp://activate?token=${token}`,
];
const GATEWAY_NAMES = Object.keys(GATEWAYS);

/** How one pasted text was made: every choice, so a failure report says which forms combined. */
interface Layout {
  readonly link: number;
  readonly gateways: readonly string[];
  readonly surrounding: number;
  readonly fullWidth: boolean;
  readonly invisible: boolean;
  readonly noBreakSpace: boolean;
  readonly wrap: { readonly width: number; readonly style: WrapStyle } | null;
  readonly quote: string | null;
  readonly quoteFirst: boolean;
  readonly transfer: 'none' | 'quoted-printable' | 'flowed';
  readonly flowed: { readonly width: number; readonly deleteSpace: boolean; readonly depth: number };
  readonly seed: number;
}

// How Check Point writes a `*` of the link it wraps is not documented, and its own v2 links have them.
const gatewayChains = fc
  .array(fc.constantFrom(...GATEWAY_NAMES), { maxLength: 3 })
  .filter((chain) => chain.filter((name) => name === 'Check Point Harmony v2').length < 2);

const layout: fc.Arbitrary<Layout> = fc.record({
  link: fc.nat(LINKS.length - 1),
  gateways: gatewayChains,
  surrounding: fc.nat(SURROUNDINGS.length - 1),
  fullWidth: fc.boolean(),
  invisible: fc.boolean(),
  noBreakSpace: fc.boolean(),
  wrap: fc.option(fc.record({ width: fc.constantFrom(72, 76, 78), style: fc.constantFrom<WrapStyle>('chop', 'after-hyphen', 'fill') })),
  quote: fc.option(fc.constantFrom(...QUOTE_PREFIXES)),
  quoteFirst: fc.boolean(),
  transfer: fc.constantFrom('none', 'quoted-printable', 'flowed'),
  flowed: fc.record({ width: fc.integer({ min: 30, max: 78 }), deleteSpace: fc.boolean(), depth: fc.nat(2) }),
  seed: fc.integer(),
});

/** Whether the link may end up split between lines, so that only a full-length token can be rejoined. */
const splitsLink = (form: Layout) => form.wrap !== null || form.noBreakSpace || form.transfer !== 'none';

function render(form: Layout, makeLink: (token: string) => string, token: string): string {
  const next = prng(form.seed);
  let link = form.gateways.reduce((inner, name) => GATEWAYS[name]!(inner, next), makeLink(token));
  if (form.fullWidth) link = fullWidth(link, next);
  if (form.noBreakSpace) {
    const at = 8 + Math.floor(next() * (link.length - 8));
    link = `${link.slice(0, at)}\u00A0${link.slice(at)}`;
  }
  let text = SURROUNDINGS[form.surrounding]!(link);
  if (form.invisible) text = sprinkle(text, next);
  const quoted = (value: string) => (form.quote === null ? value : quote(value, form.quote));
  const wrapped = (value: string) => (form.wrap === null ? value : hardWrap(value, form.wrap.width, form.wrap.style));
  if (form.transfer === 'flowed') return formatFlowed(text, form.flowed.width, form.flowed.deleteSpace, form.flowed.depth);
  text = form.quoteFirst ? wrapped(quoted(text)) : quoted(wrapped(text));
  return form.transfer === 'quoted-printable' ? quotedPrintable(text) : text;
}

const options = (numRuns: number) => ({ seed: SEED, numRuns });

describe(`activation link properties (seed ${SEED})`, () => {
  it(`any valid token in any combination of forms parses back to itself (${RUNS} cases)`, () => {
    const cases = layout.chain((form) => fc.tuple(fc.constant(form), splitsLink(form) ? issuedToken : anyToken));
    fc.assert(
      fc.property(cases, ([form, token]) => {
        const text = render(form, LINKS[form.link]!, token);
        expect(text.length).toBeLessThanOrEqual(MAX_LINK_INPUT_LENGTH);
        expect(parse(text), JSON.stringify(text)).toEqual({ ok: true, token });
      }),
      options(RUNS),
    );
  });

  it(`a link to another host, in any combination of forms, never yields a token (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(layout, fc.nat(FOREIGN_LINKS.length - 1), issuedToken, (form, foreign, token) => {
        const result = parse(render(form, FOREIGN_LINKS[foreign]!, token));
        expect(result.ok).toBe(false);
      }),
      options(RUNS),
    );
  });

  it(`a link a gateway keeps to itself, in any combination of forms, says so (${RUNS} cases)`, () => {
    const names = Object.keys(OPAQUE_GATEWAYS);
    fc.assert(
      fc.property(layout, fc.constantFrom(...names), (form, name) => {
        const opaque = OPAQUE_GATEWAYS[name]!(prng(form.seed));
        const result = parse(render({ ...form, gateways: form.gateways.slice(0, 2) }, () => opaque, ''));
        expect(result).toEqual({ ok: false, problem: 'link-rewritten' });
      }),
      options(RUNS),
    );
  });

  // Pieces of links, words, quotes and line breaks, but nothing that encodes: a token found must be in the text.
  const FRAGMENTS = [
    'https://', 'http://', 'ispeks://', HOST, `${HOST}/`, '127.0.0.1:8787', 'activate', '/activate', '?token=', '&lang=ms', 'evil.example',
    ' ', '  ', '\n', '\n\n', '> ', '>', '|', '\t', '"', '\u201C', '\u201D', '<', '>', '(', ')', '.', ',', ';', ':', '-', '_', '@', '#', '?', '&',
    'Pautan', 'pengaktifan', 'Sila klik', 'untuk', 'token', 'abc', 'XYZ0123456789', ...INVISIBLE, '\u00A0', '\u3000', '\uFF48\uFF54\uFF54\uFF50\uFF53',
  ];
  const randomText = fc.oneof(
    fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), tokenOf(1, 50)), { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );
  const visible = (text: string) => text.normalize('NFKC').replace(/[\s>|\p{Cf}]/gu, '');

  it(`text never yields a token that is not in it, nor throws (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(randomText, (text) => {
        const result = parse(text);
        if (result.ok) {
          expect(result.token).toMatch(TOKEN_PATTERN);
          expect(visible(text)).toContain(result.token);
        }
      }),
      options(RUNS),
    );
  });

  it('any text longer than the limit is too long (200 cases)', () => {
    fc.assert(
      fc.property(fc.nat(5_000), fc.string({ minLength: 1, maxLength: 20 }), (extra, unit) => {
        const text = unit.repeat(Math.ceil((MAX_LINK_INPUT_LENGTH + 1 + extra) / unit.length));
        expect(parse(text)).toEqual({ ok: false, problem: 'too-long' });
      }),
      options(200),
    );
  });

  it("a whole message's source, as nodemailer composes it, in any encoding, gives the token (300 cases)", async () => {
    const messages = fc.record({
      token: issuedToken,
      gateways: fc.array(fc.constantFrom(...GATEWAY_NAMES), { maxLength: 2 }),
      textEncoding: fc.constantFrom('quoted-printable', 'base64'),
      withHtml: fc.boolean(),
      crlf: fc.boolean(),
      seed: fc.integer(),
    });
    await fc.assert(
      fc.asyncProperty(messages, async (message) => {
        const next = prng(message.seed);
        const link = message.gateways.reduce((inner, name) => GATEWAYS[name]!(inner, next), `https://${HOST}/activate?token=${message.token}`);
        const mail = new MailComposer({
          from: 'no-reply@demo.ispeks.invalid',
          to: 'siti.aisyah@demo.ispeks.invalid',
          subject: 'Pengaktifan Akaun iSPEKS — iSPEKS account activation',
          text: `Salam sejahtera,\n\nPautan pengaktifan:\n${link}\n\nPautan ini sah selama 30 minit sahaja.\n`,
          html: message.withHtml ? `<p><a href="${link.replace(/&/g, '&amp;')}">Pengaktifan Akaun</a></p>` : undefined,
          textEncoding: message.textEncoding,
        });
        const source = (await mail.compile().build()).toString('utf8');
        expect(parse(message.crlf ? source : source.replace(/\r\n/g, '\n'))).toEqual({ ok: true, token: message.token });
      }),
      options(300),
    );
  });
});
