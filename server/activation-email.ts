// The wording of the activation e-mail, Malay first, then English, as the people it goes to read it:
// a plain-text part, and an HTML part for Outlook and phone clients (tables, inline styles, no
// script) with the Pengaktifan Akaun button, a QR code of the https link and the short code.
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { escapeHtml } from '../shared/html.ts';
import { MAIL_DOMAIN } from './mailer.ts';

export interface ActivationEmailInput {
  readonly name: string;
  readonly activationUrl: string;
  readonly appUrl: string;
  /** The short code as the e-mail shows it, `XXXX-XXXX`. */
  readonly code: string;
  readonly loginUrl: string;
  readonly ttlSeconds: number;
  /** The account was activated already: the e-mail says so instead of inviting to activate. */
  readonly alreadyActive: boolean;
}

export interface InlineImage {
  /** The Content-ID the HTML refers to as `cid:…`. */
  readonly cid: string;
  readonly png: Buffer;
}

export interface EmailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly qr: InlineImage;
}

// A phone screen read by the kiosk's camera: M corrects 15 % of the symbol, enough for glare on a
// clean screen, and keeps the modules larger than Q would at the same size; 4 modules of quiet zone
// as the QR specification asks; 6 px a module: a link with its 43-character token needs version 5
// or more, so the image is 270 px or more.
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4, scale: 6, type: 'png' } as const;

/** The QR code of `url` as a PNG, and its width in pixels (it is square). */
async function qrPng(url: string): Promise<{ png: Buffer; size: number }> {
  const png = await QRCode.toBuffer(url, QR_OPTIONS);
  // The width in the IHDR chunk, the first after the 8-byte signature (PNG specification §11.2.2).
  return { png, size: png.readUInt32BE(16) };
}

function validity(ttlSeconds: number): { ms: string; en: string } {
  if (ttlSeconds % 60 !== 0) return { ms: `${ttlSeconds} saat`, en: `${ttlSeconds} seconds` };
  const minutes = ttlSeconds / 60;
  return { ms: `${minutes} minit`, en: minutes === 1 ? '1 minute' : `${minutes} minutes` };
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:24px;color:#1a1a1a';
const paragraph = (html: string) => `<p style="margin:0 0 16px 0;${FONT}">${html}</p>`;
// A link 80 characters long with no space in it: broken anywhere, or it widens a phone's column.
const link = (href: string, label: string) => `<a href="${escapeHtml(href)}" style="color:#0b4f8a;text-decoration:underline;word-break:break-all">${escapeHtml(label)}</a>`;

/** A link drawn as a button with a table cell's colour, which Outlook's Word engine keeps. */
function button(href: string, label: string): string {
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0"><tr>',
    '<td align="center" bgcolor="#0b4f8a" style="background-color:#0b4f8a;border-radius:4px;padding:14px 28px">',
    `<a href="${escapeHtml(href)}" style="font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:24px;font-weight:bold;color:#ffffff;text-decoration:none">${escapeHtml(label)}</a>`,
    '</td></tr></table>',
  ].join('');
}

const IGNORE_MS = 'Jika anda tidak memohon pengaktifan ini, abaikan e-mel ini. Akaun anda tidak akan berubah.';

interface Layout {
  readonly subject: string;
  readonly ms: readonly string[];
  readonly button: { readonly href: string; readonly label: string };
  readonly msAfter: readonly string[];
  readonly en: readonly string[];
}

/** The QR code and the short code, captioned in both languages, centred. */
function qrBlock(input: ActivationEmailInput, qr: InlineImage, size: number): string {
  const caption = (html: string) => `<p style="margin:0 0 12px 0;${FONT};text-align:center">${html}</p>`;
  return [
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0;border:1px solid #cccccc"><tr>',
    '<td align="center" style="padding:16px">',
    caption('Di kaunter kios, imbas kod QR ini atau taip kod pengaktifan di bawahnya bersama No. Kad Pengenalan anda.'),
    caption('<span lang="en">At a kiosk counter, scan this QR code or type the activation code below it with your IC number.</span>'),
    `<img src="cid:${escapeHtml(qr.cid)}" width="${size}" height="${size}" alt="Kod QR pautan pengaktifan / QR code of the activation link" style="display:block;margin:0 auto 12px auto;border:0;width:${size}px;height:${size}px">`,
    caption('Kod pengaktifan / <span lang="en">Activation code</span>'),
    `<p style="margin:0;font-family:Consolas,'Courier New',monospace;font-size:32px;line-height:40px;font-weight:bold;letter-spacing:4px;color:#1a1a1a;text-align:center">${escapeHtml(input.code)}</p>`,
    '</td></tr></table>',
  ].join('\n');
}

function htmlOf(layout: Layout, qrHtml: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="ms">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(layout.subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background-color:#f3f5f7">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f5f7"><tr>',
    '<td align="center" style="padding:16px 8px">',
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff">',
    '<tr><td style="padding:24px">',
    ...layout.ms.map(paragraph),
    button(layout.button.href, layout.button.label),
    ...layout.msAfter.map(paragraph),
    qrHtml,
    '</td></tr>',
    '<tr><td lang="en" style="padding:24px;border-top:1px solid #cccccc">',
    ...layout.en.map(paragraph),
    '</td></tr>',
    '</table>',
    '</td></tr></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function pendingEmail(input: ActivationEmailInput) {
  const valid = validity(input.ttlSeconds);
  const subject = 'Pengaktifan Akaun iSPEKS — iSPEKS account activation';
  const text = [
    `Salam sejahtera ${input.name},`,
    '',
    'Kami telah menerima permohonan untuk mengaktifkan akaun iSPEKS anda.',
    'Buka pautan pengaktifan di bawah dan ikut langkah dalam kios pengaktifan.',
    `Pautan ini sah selama ${valid.ms} sahaja.`,
    '',
    'Pautan pengaktifan:',
    input.activationUrl,
    '',
    'Jika kios pengaktifan iSPEKS dipasang pada komputer anda, pautan ini membukanya terus:',
    input.appUrl,
    '',
    'Di kaunter kios, taip kod pengaktifan ini bersama No. Kad Pengenalan anda:',
    input.code,
    '',
    IGNORE_MS,
    '',
    `English: we received a request to activate your iSPEKS account. Open the activation link above within ${valid.en} and follow the steps in the activation kiosk; the second link opens the kiosk directly if it is installed. At a kiosk counter, type the activation code ${input.code} with your IC number instead. If you did not ask for this, ignore this e-mail: nothing will change.`,
    '',
    'Sistem iSPEKS (demo)',
  ].join('\n');
  const layout: Layout = {
    subject,
    ms: [
      `Salam sejahtera ${escapeHtml(input.name)},`,
      'Kami telah menerima permohonan untuk mengaktifkan akaun iSPEKS anda. Tekan butang di bawah dan ikut langkah dalam kios pengaktifan.',
    ],
    button: { href: input.activationUrl, label: 'Pengaktifan Akaun' },
    msAfter: [
      `Pautan ini sah selama <strong>${valid.ms}</strong> sahaja. Jika butang tidak berfungsi, buka pautan ini: ${link(input.activationUrl, input.activationUrl)}`,
      `Jika kios pengaktifan iSPEKS dipasang pada komputer anda, pautan ini membukanya terus: ${link(input.appUrl, input.appUrl)}`,
      IGNORE_MS,
    ],
    en: [
      `Dear ${escapeHtml(input.name)},`,
      `We received a request to activate your iSPEKS account. Press the <strong>Pengaktifan Akaun</strong> (account activation) button above within <strong>${valid.en}</strong> and follow the steps in the activation kiosk, or scan the QR code, or type the activation code at a kiosk counter.`,
      'If you did not ask for this, ignore this e-mail: nothing will change.',
      'Sistem iSPEKS (demo)',
    ],
  };
  return { subject, text, layout };
}

function alreadyActiveEmail(input: ActivationEmailInput) {
  const valid = validity(input.ttlSeconds);
  const subject = 'Akaun iSPEKS anda sudah aktif — Your iSPEKS account is already active';
  const text = [
    `Salam sejahtera ${input.name},`,
    '',
    'Kami telah menerima permohonan untuk mengaktifkan akaun iSPEKS anda, tetapi akaun ini sudah aktif.',
    `Anda boleh log masuk ke sistem: ${input.loginUrl}`,
    `Pautan dan kod di bawah hanya mengesahkan bahawa akaun anda sudah aktif. Pautan ini sah selama ${valid.ms} sahaja.`,
    '',
    input.activationUrl,
    input.appUrl,
    `Kod pengaktifan: ${input.code}`,
    '',
    IGNORE_MS,
    '',
    `English: we received a request to activate your iSPEKS account, but it is already active; you can log in. The links and the code above (valid for ${valid.en}) only confirm this. If you did not ask for this, ignore this e-mail: nothing will change.`,
    '',
    'Sistem iSPEKS (demo)',
  ].join('\n');
  const layout: Layout = {
    subject,
    ms: [
      `Salam sejahtera ${escapeHtml(input.name)},`,
      'Kami telah menerima permohonan untuk mengaktifkan akaun iSPEKS anda, tetapi akaun ini <strong>sudah aktif</strong>. Anda boleh log masuk ke sistem.',
    ],
    button: { href: input.loginUrl, label: 'Log Masuk' },
    msAfter: [
      `Pautan, kod QR dan kod di bawah hanya mengesahkan bahawa akaun anda sudah aktif. Pautan ini sah selama ${valid.ms} sahaja: ${link(input.activationUrl, input.activationUrl)}`,
      IGNORE_MS,
    ],
    en: [
      `Dear ${escapeHtml(input.name)},`,
      `We received a request to activate your iSPEKS account, but it is <strong>already active</strong>: press <strong>Log Masuk</strong> (log in) above. The link, the QR code and the code (valid for ${valid.en}) only confirm this.`,
      'If you did not ask for this, ignore this e-mail: nothing will change.',
      'Sistem iSPEKS (demo)',
    ],
  };
  return { subject, text, layout };
}

export async function activationEmail(input: ActivationEmailInput): Promise<EmailContent> {
  const { subject, text, layout } = input.alreadyActive ? alreadyActiveEmail(input) : pendingEmail(input);
  const { png, size } = await qrPng(input.activationUrl);
  // Unique across messages: a client that caches inline images by Content-ID shows the right one.
  const qr = { cid: `kod-qr.${randomUUID()}@${MAIL_DOMAIN}`, png };
  return { subject, text, html: htmlOf(layout, qrBlock(input, qr, size)), qr };
}
