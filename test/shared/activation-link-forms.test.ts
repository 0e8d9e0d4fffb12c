// Every form the link takes in real mail, each an example shaped like the ones found in the wild
// (docs/activation-links.md names where each comes from); the property tests combine them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { ISSUED_TOKEN_LENGTH, MAX_LINK_INPUT_LENGTH, parseActivationLink } from '../../shared/activation-link.ts';
import type { LinkCheck, LinkProblem } from '../../shared/activation-link.ts';
import { prng } from '../prng.ts';
import {
  GATEWAYS,
  HOST,
  INVISIBLE,
  OPAQUE_GATEWAYS,
  QUOTE_PREFIXES,
  RULES,
  formatFlowed,
  hardWrap,
  quote,
  quotedPrintable,
} from './activation-link-forms.ts';
import type { WrapStyle } from './activation-link-forms.ts';

const parse = (input: string): LinkCheck => parseActivationLink(input, RULES);
const rejected = (problem: LinkProblem): LinkCheck => ({ ok: false, problem });

// A token as the server makes it, with the hyphens and underscores base64url has.
const T = 'Xq3-pL9_vK2mN8rT5wY1zA4bC7dE0fG6hJ-kM_nP2sU';
const HTTPS = `https://${HOST}/activate?token=${T}`;
const APP = `ispeks://activate?token=${T}`;
const accepted = { ok: true, token: T };

describe('invisible characters inside the link', () => {
  it('has the issued length', () => {
    expect(T).toHaveLength(ISSUED_TOKEN_LENGTH);
  });

  it.each(INVISIBLE.map((char) => [`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, char]))(
    '%s in the host, the path and the token is dropped',
    (_name, char) => {
      const link = `https://ispeks.exa${char}mple.gov.my/acti${char}vate?to${char}ken=${T.slice(0, 20)}${char}${T.slice(20)}${char}`;
      expect(parse(link)).toEqual(accepted);
      expect(parse(`Sila klik ${char}${link}${char} sekarang.`)).toEqual(accepted);
    },
  );

  it('takes a no-break space inside the link as a place where the link goes on', () => {
    expect(parse(`https://${HOST}/activate?token=${T.slice(0, 25)}\u00A0${T.slice(25)}`)).toEqual(accepted);
    expect(parse(`Pautan:\u00A0${HTTPS}\u00A0untuk pengaktifan.`)).toEqual(accepted);
  });

  it('calls a paste of only invisible characters empty', () => {
    expect(parse('\u200B\u200D\uFEFF\u00AD \u00A0\u2060')).toEqual(rejected('empty'));
  });
});

describe('mail security gateways', () => {
  const next = prng(151);

  it.each(Object.keys(GATEWAYS))('%s around the https link and the app link', (name) => {
    const wrap = GATEWAYS[name]!;
    expect(parse(wrap(HTTPS, next))).toEqual(accepted);
    expect(parse(wrap(APP, next))).toEqual(accepted);
    expect(parse(`Sila klik ${wrap(HTTPS, next)} untuk meneruskan.`)).toEqual(accepted);
  });

  it.each(Object.keys(GATEWAYS))('%s around another host: refused, the wrapper proves nothing', (name) => {
    const wrap = GATEWAYS[name]!;
    expect(parse(wrap(`https://evil.example/activate?token=${T}`, next))).toEqual(rejected('host-not-allowed'));
    expect(parse(wrap(`https://${HOST}.evil.example/activate?token=${T}`, next))).toEqual(rejected('host-not-allowed'));
    expect(parse(wrap(`http://${HOST}/activate?token=${T}`, next))).toEqual(rejected('host-not-allowed'));
  });

  it.each(Object.keys(OPAQUE_GATEWAYS))('%s keeps the link to itself: the problem says so', (name) => {
    const link = OPAQUE_GATEWAYS[name]!(next);
    expect(parse(link)).toEqual(rejected('link-rewritten'));
    expect(parse(`Pautan pengaktifan:\n${link}\n`)).toEqual(rejected('link-rewritten'));
    expect(parse(GATEWAYS['Safe Links']!(link, next))).toEqual(rejected('link-rewritten'));
  });

  it('reads Proofpoint v2 as its decoder does: -XX is %XX, _ is /', () => {
    const link = `https://urldefense.proofpoint.com/v2/url?u=https-3A__ispeks.example.gov.my_activate-3Ftoken-3DXq3-2DpL9-5FvK2mN8rT5wY1zA4bC7dE0fG6hJ-2DkM-5FnP2sU&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=abc&m=def&s=ghi&e=`;
    expect(parse(link)).toEqual(accepted);
  });

  it('reads Proofpoint v3 replacements: * is one character, **A two, **B three', () => {
    // `?` and `=` replaced one by one, `_vK` as a run of three: "?=_vK" in base64url is "Pz1fdks".
    const written = 'https://ispeks.example.gov.my/activate*token*Xq3-pL9**B2mN8rT5wY1zA4bC7dE0fG6hJ-kM_nP2sU';
    expect(parse(`https://urldefense.com/v3/__${written}__;Pz1fdks!!G3vK!U-wdsvrOG1iezggZ55RYi8ikBxMaJDVs7u17Z9$`)).toEqual(accepted);
    // Fewer replacements than markers: the link cannot be restored.
    expect(parse(`https://urldefense.com/v3/__${written}__;Pz0!!G3vK!U-wdsvrOG1iezg$`)).toEqual(rejected('not-a-link'));
  });

  it('reads Sophos: u is the link in base64', () => {
    const link = `https://eu-west-1.protection.sophos.com?d=gov.my&u=${Buffer.from(HTTPS).toString('base64')}&p=m&i=NjU0NjA2MWRiMzM3ZDMzYTFlMGNmNmY4&t=NXBoeWk1WjVxR0loMEw1YU9OZWFqSi9TcDJYOW90VHoxWU1lQlJnUC9oST0=&h=0173c9a605c64ed48293fbf65b5ad104`;
    expect(parse(link)).toEqual(accepted);
  });

  it('follows two gateways and a forward, and refuses a fourth wrapper', () => {
    const three = GATEWAYS['Safe Links']!(GATEWAYS['Proofpoint v2']!(GATEWAYS.Google!(HTTPS, next), next), next);
    expect(parse(three)).toEqual(accepted);
    expect(parse(GATEWAYS.Barracuda!(three, next))).toEqual(rejected('not-a-link'));
  });

  it('matches Trend Micro and FortiMail by their path, on any host, and still judges the link inside', () => {
    expect(parse(`https://imsva.kelantan.gov.my/wis/clicktime/v1/query?url=${encodeURIComponent(HTTPS)}&umid=1&auth=2`)).toEqual(accepted);
    expect(parse(`https://fm.example.my/fmlurlsvc/?fewReq=:B:abc&url=${encodeURIComponent(`https://evil.example/activate?token=${T}`)}`)).toEqual(
      rejected('host-not-allowed'),
    );
  });

  it('does not take a look-alike of a gateway host for the gateway', () => {
    expect(parse(`https://urldefense.com.evil.example/v1/url?u=${encodeURIComponent(HTTPS)}&k=x`)).toEqual(rejected('host-not-allowed'));
    expect(parse(`https://secure-web.cisco.com.evil.example/abc/${encodeURIComponent(HTTPS)}`)).toEqual(rejected('host-not-allowed'));
    expect(parse(`https://protect-eu.mimecast.com.evil.example/s/abc`)).toEqual(rejected('host-not-allowed'));
  });
});

describe('links broken across lines', () => {
  const text = `Sila klik pautan berikut untuk mengaktifkan akaun anda: ${GATEWAYS['Safe Links']!(HTTPS, prng(3))} dalam masa 30 minit.`;

  it.each([72, 76, 78].flatMap((width) => (['chop', 'after-hyphen', 'fill'] as WrapStyle[]).map((style) => [width, style] as const)))(
    'hard-wrapped at %i columns (%s)',
    (width, style) => {
      const wrapped = hardWrap(text, width, style);
      expect(wrapped.split('\n').length).toBeGreaterThan(3);
      expect(parse(wrapped)).toEqual(accepted);
      expect(parse(hardWrap(`Pautan: ${HTTPS} sah selama 30 minit.`, width, style))).toEqual(accepted);
    },
  );

  it.each(QUOTE_PREFIXES.map((prefix) => [JSON.stringify(prefix), prefix]))('quoted with %s, before and after wrapping', (_name, prefix) => {
    expect(parse(quote(hardWrap(text, 72, 'chop'), prefix))).toEqual(accepted);
    expect(parse(hardWrap(quote(text, prefix), 76, 'after-hyphen'))).toEqual(accepted);
  });

  it("keeps Outlook's angle brackets split across lines", () => {
    expect(parse(`Pengaktifan Akaun <https://ispeks.example.gov.my/activate?token=${T.slice(0, 9)}\n${T.slice(9)}>`)).toEqual(accepted);
    expect(parse(`> Pengaktifan Akaun <https://ispeks.example.gov.my/acti\n> vate?token=${T}>`)).toEqual(accepted);
  });

  it('joins a scheme split at the line end', () => {
    expect(parse(`Sila buka pautan ini https:\n//ispeks.example.gov.my/activate?token=${T}`)).toEqual(accepted);
    expect(parse(`Sila buka pautan ini ht\ntps://ispeks.example.gov.my/activate?token=${T}`)).toEqual(accepted);
    expect(parse(`Atau buka isp\neks://activate?token=${T}`)).toEqual(accepted);
  });

  it("keeps a hyphen at the line's end: it is the token's own", () => {
    const broken = T.indexOf('-') + 1;
    expect(parse(`https://ispeks.example.gov.my/activate?token=${T.slice(0, broken)}\n${T.slice(broken)}`)).toEqual(accepted);
  });

  it('does not take the next line into a link that is complete', () => {
    expect(parse(`${HTTPS}\nPautan ini sah selama 30 minit.`)).toEqual(accepted);
    expect(parse(`${APP}\nBukaKioskPengaktifanSekarang`)).toEqual(accepted);
  });

  it('calls a cut link cut, even when a long word follows on the next line', () => {
    expect(parse(`https://ispeks.example.gov.my/activate?token=${T.slice(0, 20)}\nmengaktifkanakaunanda`)).toEqual(rejected('no-token'));
    expect(parse(`https://ispeks.example.gov.my/activate?token=${T.slice(0, 20)}`)).toEqual(rejected('no-token'));
  });

  it('finds the link after another link that is not ours', () => {
    expect(parse(`Lihat https://www.jpa.gov.my\n${HTTPS}`)).toEqual(accepted);
    expect(parse(`Learn why this is important at https://aka.ms/LearnAboutSenderIdentification\n\n${APP}`)).toEqual(accepted);
  });
});

describe('format=flowed (RFC 3676)', () => {
  const text = `Sila klik pautan berikut: ${HTTPS} untuk mengaktifkan akaun anda dalam masa tiga puluh minit.`;

  it.each([
    [30, true, 0],
    [30, true, 2],
    [72, false, 0],
    [72, false, 1],
  ])('at %i columns, DelSp=%s, quote depth %i', (width, deleteSpace, depth) => {
    expect(parse(formatFlowed(text, width, deleteSpace, depth))).toEqual(accepted);
  });
});

describe('quoted-printable, as a message source shows the body', () => {
  it('decodes soft line breaks and =3D', () => {
    const source = quotedPrintable(`Pautan pengaktifan:\n${GATEWAYS['Safe Links']!(HTTPS, prng(9))}\n\nAtau: ${APP}\n`);
    expect(source).toContain('=\n');
    expect(source).toContain('token%3D');
    expect(parse(source)).toEqual(accepted);
  });

  it('reads a lone `token=3D…` line as quoted-printable when that gives the issued length', () => {
    expect(parse(`ispeks://activate?token=3D${T}`)).toEqual(accepted);
  });

  it('keeps a token that starts with 3D when that is the issued length', () => {
    const token = `3D${T.slice(2)}`;
    expect(parse(`ispeks://activate?token=${token}`)).toEqual({ ok: true, token });
    expect(parse(quotedPrintable(`Pautan: https://${HOST}/activate?token=${token}`))).toEqual({ ok: true, token });
  });
});

describe('the source view of a whole message', () => {
  let png: Buffer;
  beforeAll(async () => {
    png = await QRCode.toBuffer(HTTPS, { errorCorrectionLevel: 'M', margin: 4, scale: 10 });
  });

  async function source(options: { text: string; html?: string; textEncoding?: 'quoted-printable' | 'base64'; headers?: Record<string, string> }): Promise<string> {
    const mail = new MailComposer({
      from: '"iSPEKS (demo)" <no-reply@demo.ispeks.invalid>',
      to: 'siti.aisyah@demo.ispeks.invalid',
      subject: 'Pengaktifan Akaun iSPEKS — iSPEKS account activation',
      text: options.text,
      html: options.html,
      textEncoding: options.textEncoding,
      headers: options.headers,
      attachments: [{ filename: 'kod-qr.png', content: png, cid: 'kod-qr@ispeks' }],
    });
    return (await mail.compile().build()).toString('utf8');
  }

  const text = (link: string) => `Salam sejahtera Siti Nur Aisyah binti Abdullah,\n\nPautan pengaktifan:\n${link}\n\nPautan ini sah selama 30 minit sahaja.\n`;
  const html = (link: string) => `<p>Salam sejahtera,</p><p><a href="${link.replace(/&/g, '&amp;')}">Pengaktifan Akaun</a></p><p><img src="cid:kod-qr@ispeks" alt="Kod QR"></p>`;

  it.each(['quoted-printable', 'base64'] as const)('text and HTML parts with the QR code, text in %s', async (textEncoding) => {
    const message = await source({ text: text(HTTPS), html: html(HTTPS), textEncoding });
    expect(message).toContain(`Content-Transfer-Encoding: ${textEncoding}`);
    expect(message).toContain(textEncoding === 'base64' ? Buffer.from(text(HTTPS)).toString('base64').slice(0, 60) : 'token=3D');
    // As built (CRLF) and as a clipboard on Linux or macOS gives it (LF).
    expect(parse(message)).toEqual(accepted);
    expect(parse(message.replace(/\r\n/g, '\n'))).toEqual(accepted);
  });

  it('after a gateway rewrote the links of both parts', async () => {
    const next = prng(21);
    const message = await source({ text: text(GATEWAYS['Safe Links']!(HTTPS, next)), html: html(GATEWAYS['Proofpoint v3']!(HTTPS, next)), textEncoding: 'base64' });
    expect(parse(message)).toEqual(accepted);
  });

  it('after Mimecast rewrote them: the link is gone, and the problem says so', async () => {
    const link = OPAQUE_GATEWAYS.Mimecast!(prng(5));
    expect(parse(await source({ text: text(link), html: html(link) }))).toEqual(rejected('link-rewritten'));
  });

  it('a format=flowed text part with DelSp=yes', () => {
    const body = formatFlowed(text(HTTPS), 40, true, 0);
    const message = `From: no-reply@demo.ispeks.invalid\nSubject: Pengaktifan Akaun iSPEKS\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed;\n delsp=yes\nContent-Transfer-Encoding: 7bit\n\n${body}\n`;
    expect(body).not.toContain(T);
    expect(parse(message)).toEqual(accepted);
  });

  it('one part pasted without the message headers', async () => {
    const message = await source({ text: text(HTTPS), html: html(HTTPS) });
    const part = message.slice(message.indexOf('Content-Type: text/html'));
    expect(parse(part.slice(0, part.indexOf('\n--')))).toEqual(accepted);
  });

  it('fits the length limit with room to spare, with headers a gateway adds', async () => {
    const headers = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`X-MS-Exchange-Organization-Header-${index}`, Buffer.from(`${index}`.repeat(150)).toString('base64')]),
    );
    const message = await source({ text: text(GATEWAYS['Safe Links']!(HTTPS, prng(1))), html: html(GATEWAYS['Safe Links']!(HTTPS, prng(2))), headers });
    expect(message.length).toBeGreaterThan(15_000);
    expect(message.length).toBeLessThan(MAX_LINK_INPUT_LENGTH / 2);
    expect(parse(message)).toEqual(accepted);
  });
});

describe('the length limit', () => {
  it('says too-long past MAX_LINK_INPUT_LENGTH, and reads a paste of exactly that length', () => {
    const filler = readFileSync(join(import.meta.dirname, 'activation-link-forms.ts'), 'utf8').replace(/https?:\/\/\S+/g, '');
    const padded = (length: number) => `${HTTPS}\n${filler.repeat(Math.ceil(length / filler.length))}`.slice(0, length);
    expect(parse(padded(MAX_LINK_INPUT_LENGTH))).toEqual(accepted);
    expect(parse(padded(MAX_LINK_INPUT_LENGTH + 1))).toEqual(rejected('too-long'));
  });
});
