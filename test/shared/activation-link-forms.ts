// The forms a link takes on its way from the reference API's e-mail to the kiosk's paste field, as
// encoders: mail security gateways rewrite it, mail clients put words, quotes, line breaks and
// invisible characters around and inside it, a message's source view shows it quoted-printable.
// Each follows the format its source documents (docs/activation-links.md); the tests feed the
// parser what these produce.
import { encode as quotedPrintableEncode, wrap as quotedPrintableWrap } from 'nodemailer/lib/qp';
import type { LinkRules } from '../../shared/activation-link.ts';

export const HOST = 'ispeks.example.gov.my';
export const RULES: LinkRules = { scheme: 'ispeks', allowedHosts: [HOST, '127.0.0.1:8787'] };

export type Random = () => number;

export const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomText(next: Random, length: number, alphabet = ALPHANUMERIC): string {
  let text = '';
  for (let index = 0; index < length; index++) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}
const hex = (next: Random, length: number): string => randomText(next, length, '0123456789abcdef');
const uuid = (next: Random): string => `${hex(next, 8)}-${hex(next, 4)}-${hex(next, 4)}-${hex(next, 4)}-${hex(next, 12)}`;

/** Percent-encoding as gateways write it: some in upper-case hex (encodeURIComponent), some in lower-case. */
const percent = (link: string, lowerCase: boolean): string =>
  lowerCase ? encodeURIComponent(link).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()) : encodeURIComponent(link);

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Proofpoint URL Defense v2: percent-encoded except letters, digits and `.`, then `%` → `-` and `/` → `_`. */
function proofpointV2(link: string): string {
  const encoded = [...Buffer.from(link, 'utf8')]
    .map((byte) => (/[A-Za-z0-9./]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return encoded.replace(/%/g, '-').replace(/\//g, '_');
}

const RUN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Proofpoint URL Defense v3: characters that would not survive (`%`, `#`, `*`) and, here, some others
 * chosen at random are listed in base64url after `__;` and written `*` (one) or `**X` (a run of 2 to
 * 65, A = 2): adjacent replaced characters always make a run, as a lone `*` before `*` would misread.
 */
function proofpointV3(link: string, next: Random): string {
  const chars = [...link];
  const replace = chars.map((char) => char === '%' || char === '#' || char === '*' || next() < 0.06);
  let written = '';
  let replaced = '';
  for (let index = 0; index < chars.length; ) {
    if (!replace[index]) {
      written += chars[index];
      index++;
      continue;
    }
    let run = 1;
    while (replace[index + run] && run < 65) run++;
    replaced += chars.slice(index, index + run).join('');
    written += run === 1 ? '*' : `**${RUN_LETTERS[run - 2]}`;
    index += run;
  }
  const replacements = Buffer.from(replaced, 'utf8').toString('base64url');
  return `https://${pick(next, ['urldefense.com', 'urldefense.proofpoint.com'])}/v3/__${written}__;${replacements}!!${randomText(next, 12)}!${randomText(next, 40, `${ALPHANUMERIC}-_`)}$`;
}

/** Rewriters whose output carries the original link, each as its vendor writes it. */
export const GATEWAYS: Readonly<Record<string, (link: string, next: Random) => string>> = {
  'Safe Links': (link, next) =>
    `https://${pick(next, ['apc01', 'nam12', 'eur03', 'aus01', 'jpn01', 'ind01', 'sea01'])}.safelinks.protection.outlook.com/?url=${percent(link, false)}` +
    `&data=05%7C02%7C${hex(next, 20)}%7C${uuid(next)}%7C0%7C0%7C638${randomText(next, 15, '0123456789')}%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%7C0%7C%7C%7C` +
    `&sdata=${randomText(next, 43)}%3D&reserved=0`,
  'Safe Links, US government cloud': (link, next) =>
    `https://${pick(next, ['gcc02', 'usg02'])}.safelinks.protection.office365.us/?url=${percent(link, false)}&data=05%7C01%7C%7C${hex(next, 32)}%7C0&reserved=0`,
  'Safe Links in Teams': (link, next) =>
    `https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=${percent(link, false)}&locale=en-us&dest=https%3A%2F%2Fteams.microsoft.com&pc=${randomText(next, 30)}`,
  'Safe Links in Outlook on the web': (link, next) =>
    `https://outlook.office.com/mail/safelink.html?url=${percent(link, false)}&corid=${uuid(next)}&isc=1`,
  'Proofpoint v1': (link, next) =>
    `https://urldefense.proofpoint.com/v1/url?u=${percent(link, false)}&k=${randomText(next, 22)}%3D%0A&r=${randomText(next, 40)}%3D%0A&m=${randomText(next, 40)}%3D%0A&s=${hex(next, 64)}`,
  'Proofpoint v2': (link, next) =>
    `https://urldefense.proofpoint.com/v2/url?u=${proofpointV2(link)}&d=DwMFaQ&c=${randomText(next, 22)}&r=${randomText(next, 43)}&m=${randomText(next, 43)}&s=${randomText(next, 43)}&e=`,
  'Proofpoint v3': proofpointV3,
  'Cisco Secure Email': (link, next) => `https://secure-web.cisco.com/${randomText(next, 40 + Math.floor(next() * 200), `${ALPHANUMERIC}_-`)}/${percent(link, false)}`,
  Barracuda: (link, next) => `https://linkprotect.cudasvc.com/url?a=${percent(link, next() < 0.5)}&c=E,1,${randomText(next, 80, `${ALPHANUMERIC}_-`)}&typo=1`,
  'Trend Micro': (link, next) =>
    `https://${pick(next, ['imsva91-ctp.trendmicro.com', 'ddec1-0-en-ctp.trendmicro.com:443', 'cas5-0-urlprotect.trendmicro.com', 'ddei3-0-ctp.asiainfo-sec.com:443', 'imsva.kelantan.gov.my'])}` +
    `/wis/clicktime/v1/query?url=${percent(link, true)}&umid=${uuid(next)}&auth=${hex(next, 40)}-${hex(next, 40)}`,
  Sophos: (link, next) =>
    `https://${pick(next, ['eu-west-1', 'us-west-2', 'eu-central-1', 'ap-southeast-2'])}.protection.sophos.com?d=gov.my&u=${base64(link)}` +
    `&i=${base64(hex(next, 24))}&t=${base64(randomText(next, 32))}&h=${hex(next, 32)}&s=${randomText(next, 60, `${ALPHANUMERIC}-_`)}`,
  Symantec: (link, next) =>
    next() < 0.5
      ? `https://clicktime.symantec.com/${randomText(next, 21)}?h=${randomText(next, 43, `${ALPHANUMERIC}-_`)}=&u=${percent(link, false)}`
      : `https://clicktime.symantec.com/3${randomText(next, 25)}?u=${percent(link, false)}`,
  'FireEye / Trellix': (link, next) =>
    `https://protect2.fireeye.com/v1/url?k=${hex(next, 8)}-${hex(next, 8)}-${hex(next, 8)}-${hex(next, 12)}-${hex(next, 16)}&q=1&e=${uuid(next)}&u=${percent(link, false)}`,
  Google: (link, next) =>
    `https://${pick(next, ['www.google.com', 'www.google.com.my', 'google.com'])}/url?q=${percent(link, false)}&sa=D&source=editors&ust=${randomText(next, 16, '0123456789')}&usg=${randomText(next, 28)}`,
  FortiMail: (link, next) =>
    `https://${pick(next, ['fm.kelantan.gov.my', 'spam.example.my', 'fortimail.example.com'])}/fmlurlsvc/?fewReq=:B:${randomText(next, 120, `${ALPHANUMERIC}+/`)}=&url=${percent(link, true)}`,
  Hornetsecurity: (link, next) =>
    `https://atpscan.global.hornetsecurity.com/?d=${randomText(next, 43, `${ALPHANUMERIC}_-`)}&f=${randomText(next, 32)}&i=&k=${randomText(next, 4)}&m=${randomText(next, 18)}&n=${randomText(next, 12)}&r=${randomText(next, 12)}&s=${hex(next, 16)}&u=${percent(link, false)}`,
  Libraesva: (link, next) => `https://urlsand.esvalabs.com/?u=${percent(link, false)}&e=${hex(next, 8)}&h=${hex(next, 8)}&f=y&p=y`,
  Trustwave: (link, next) =>
    `https://scanmail.trustwave.com/?c=20988&d=${randomText(next, 42, `${ALPHANUMERIC}_-`)}&u=${percent(link, true).replace(/\./g, '%2e')}`,
  'Check Point Harmony v1': (link, next) =>
    `https://${pick(next, ['avanan', 'checkpoint', 'sonicwall'])}.url-protection.com/v1/url?o=${percent(link, false)}&g=${randomText(next, 16)}&h=${hex(next, 16)}&p=${randomText(next, 40)}`,
  'Check Point Harmony v2': (link, next) =>
    `https://${pick(next, ['protect.checkpoint.com/v2/', 'protect.checkpoint.com/v2/r01/', 'url.avanan.click/v2/'])}___${link.replace(/\*/g, '%2A').replace(/%/g, '*')}___.${randomText(next, 120, `${ALPHANUMERIC}+/=`)}`,
};

/** Rewriters whose output names the link only inside the vendor's own service. */
export const OPAQUE_GATEWAYS: Readonly<Record<string, (next: Random) => string>> = {
  Mimecast: (next) => `https://protect-${pick(next, ['eu', 'us', 'au', 'za'])}.mimecast.com/s/${randomText(next, 22)}?domain=${HOST}`,
  'Mimecast, newer hosts': (next) => `https://url.${pick(next, ['uk', 'us', 'au'])}.m.mimecastprotect.com/s/${randomText(next, 20)}`,
  Mailanyone: (next) =>
    `https://url${1 + Math.floor(next() * 6)}.mailanyone.net/scanner?m=${randomText(next, 20, `${ALPHANUMERIC}-`)}&d=4%7Cmail%2F90%2F1719544200%7C${hex(next, 32)}&o=%2Fphtm%3A%2Fatsmoc.rapbi&s=${randomText(next, 27)}`,
};

/** The words around the link in the e-mail and in what people copy, including the HTML part's `href`. */
export const SURROUNDINGS: ReadonlyArray<(link: string) => string> = [
  (link) => link,
  (link) => `Pautan pengaktifan:\n${link}\n\nPautan ini sah selama 30 minit sahaja.`,
  (link) => `Sila klik pautan berikut: ${link} untuk mengaktifkan akaun anda.`,
  (link) => `To activate your account, open ${link}.`,
  (link) => `Pautan: ${link}`,
  (link) => `Pengaktifan Akaun <${link}>`,
  (link) => `"${link}".`,
  (link) => `\u201C${link}\u201D`,
  (link) => `Klik pautan ini (${link}) dalam masa 30 minit.`,
  (link) => `Assalamualaikum,\n\nKami telah menerima permohonan anda.\nBuka pautan pengaktifan di bawah:\n\n  ${link}\n\nSistem iSPEKS`,
  (link) => `<p>Sila klik <a href="${link.replace(/&/g, '&amp;')}" style="display:inline-block">Pengaktifan Akaun</a></p>`,
];

/** Zero-width space, non-joiner, joiner, word joiner, soft hyphen, BOM, bidi marks, embeddings and isolates. */
export const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u200E', '\u200F', '\u061C', '\u202A', '\u202C', '\u202D', '\u2066', '\u2069'];

/** Invisible characters at random places, as rich-text mail and the pages people copy from leave them. */
export function sprinkle(text: string, next: Random, characters: readonly string[] = INVISIBLE): string {
  return [...text].map((char) => (next() < 0.06 ? `${pick(next, characters)}${char}` : char)).join('');
}

/** Some ASCII letters and digits in their full-width forms, as an East Asian input method types them. */
export function fullWidth(text: string, next: Random): string {
  return [...text].map((char) => (/[A-Za-z0-9]/.test(char) && next() < 0.2 ? String.fromCodePoint(char.codePointAt(0)! + 0xfee0) : char)).join('');
}

export type WrapStyle = 'chop' | 'after-hyphen' | 'fill';

/**
 * Hard wrapping at `width` columns: at spaces where it can, and a word longer than a line is cut at
 * the column (chop), after its last hyphen or slash that fits (after-hyphen, as Outlook does), or
 * starting on the current line's remainder (fill, as Python's textwrap does).
 */
export function hardWrap(text: string, width: number, style: WrapStyle): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const lines: string[] = [];
      let current = '';
      for (let word of line.split(' ')) {
        if ((current === '' ? word : `${current} ${word}`).length <= width) {
          current = current === '' ? word : `${current} ${word}`;
          continue;
        }
        if (style === 'fill' && word.length > width && current !== '' && current.length < width - 1) {
          const room = width - current.length - 1;
          lines.push(`${current} ${word.slice(0, room)}`);
          word = word.slice(room);
        } else if (current !== '') {
          lines.push(current);
        }
        while (word.length > width) {
          const breakAt = style === 'after-hyphen' ? Math.max(word.lastIndexOf('-', width - 1), word.lastIndexOf('/', width - 1)) + 1 : 0;
          const cut = breakAt > 0 ? breakAt : width;
          lines.push(word.slice(0, cut));
          word = word.slice(cut);
        }
        current = word;
      }
      lines.push(current);
      return lines;
    })
    .join('\n');
}

/** A reply's quoting: `> `, `>> `, `>`, `> > `, an indent, or a quote with a bar. */
export const QUOTE_PREFIXES = ['> ', '>> ', '>', '> > ', '    ', '\t', '> |  '];

export function quote(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

/**
 * RFC 3676 format=flowed at `width`: soft line breaks are a trailing space, lines starting with a
 * space, `>` or `From ` are space-stuffed, quote depth is `>` marks. With DelSp=yes a word longer
 * than a line is split, a space added at each split (§4.2); without it, it stays whole.
 */
export function formatFlowed(text: string, width: number, deleteSpace: boolean, depth: number): string {
  const quoteMarks = depth > 0 ? `${'>'.repeat(depth)}` : '';
  const stuff = (line: string) => (depth > 0 || line.startsWith(' ') || line.startsWith('>') || line.startsWith('From ') ? ` ${line}` : line);
  return text
    .split('\n')
    .flatMap((paragraph) => {
      const lines: string[] = [];
      let current = '';
      for (let word of paragraph.split(' ')) {
        if (deleteSpace) {
          while (word.length > width) {
            if (current !== '') lines.push(`${current} `);
            lines.push(`${word.slice(0, width)} `);
            current = '';
            word = word.slice(width);
          }
        }
        if (current !== '' && current.length + 1 + word.length > width) {
          lines.push(`${current} `);
          current = word;
        } else {
          current = current === '' ? word : `${current} ${word}`;
        }
      }
      lines.push(current.replace(/ +$/, ''));
      return lines;
    })
    .map((line) => `${quoteMarks}${stuff(line)}`)
    .join('\n');
}

/** Quoted-printable as nodemailer writes a body: `=XX` for `=` and non-ASCII bytes, `=` soft breaks at 76 columns. */
export function quotedPrintable(text: string): string {
  return quotedPrintableWrap(quotedPrintableEncode(text.replace(/\n/g, '\r\n')), 76).replace(/\r\n/g, '\n');
}
