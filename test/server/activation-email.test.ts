// The activation e-mail as a mail client gets it: the .eml the outbox wrote, parsed by mailparser,
// and its QR image read pixel by pixel against the QR code of the https link.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activationEmail } from '../../server/activation-email.ts';
import { ACTIVE, OTHER_PENDING, PENDING, START, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

/** The newest .eml in the outbox, raw and parsed. */
async function newestEml(): Promise<{ raw: string; mail: ParsedMail }> {
  const files = (await readdir(h.server.outboxDir)).filter((name) => name.endsWith('.eml')).sort();
  const raw = await readFile(join(h.server.outboxDir, files.at(-1)!), 'utf8');
  return { raw, mail: await simpleParser(raw, { keepCidLinks: true }) };
}

/** The PNG's size, and whether the pixel at (x, y) is dark. */
function pixelsOf(png: Buffer) {
  const image = PNG.sync.read(png);
  const dark = (x: number, y: number) => image.data[(y * image.width + x) * 4]! < 128;
  return { width: image.width, height: image.height, dark };
}

describe('the activation e-mail', () => {
  it('is multipart/alternative: the text, then the HTML with its QR image in multipart/related', async () => {
    await h.linkFor(PENDING.icNumber);
    const { raw } = await newestEml();
    const types = [...raw.matchAll(/^Content-Type: ([\w/+-]+)/gm)].map((match) => match[1]);
    expect(types).toEqual(['multipart/alternative', 'text/plain', 'multipart/related', 'text/html', 'image/png']);
    expect(raw.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('has the headers a mail client shows, the sender, the recipient and the subject decoded', async () => {
    await h.linkFor(PENDING.icNumber);
    const { mail } = await newestEml();
    expect(mail.from?.value).toEqual([{ name: 'iSPEKS (demo)', address: 'no-reply@demo.ispeks.invalid' }]);
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value).toEqual([{ name: PENDING.name, address: PENDING.email }]);
    expect(mail.subject).toBe('Pengaktifan Akaun iSPEKS — iSPEKS account activation');
    expect(mail.date?.toISOString()).toBe(START.toISOString());
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@demo\.ispeks\.invalid>$/);
  });

  it('has a plain-text part with both links and the short code, in Malay then English', async () => {
    const { token, code } = await h.linkFor(PENDING.icNumber);
    const { mail } = await newestEml();
    const text = mail.text ?? '';
    const shown = `${code.slice(0, 4)}-${code.slice(4)}`;
    expect(text).toContain(`Salam sejahtera ${PENDING.name},`);
    expect(text).toContain(`${h.url}/activate?token=${token}`);
    expect(text).toContain(`ispeks://activate?token=${token}`);
    expect(text).toContain(`bersama No. Kad Pengenalan anda:\n${shown}\n`);
    expect(text).toContain('Pautan ini sah selama 30 minit sahaja.');
    expect(text.indexOf('abaikan')).toBeLessThan(text.indexOf('English:'));
    expect(text).toContain(`type the activation code ${shown} with your IC number`);
  });

  it('has an HTML part for Outlook and phones: tables, inline styles, no script, the Pengaktifan Akaun button, the QR image and the code', async () => {
    const { activationUrl, code } = await h.linkFor(PENDING.icNumber);
    const { mail } = await newestEml();
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ms">/);
    expect(html).not.toMatch(/<script|<style|<link|<div|class=|javascript:/i);
    expect(html).toContain('<table role="presentation"');
    expect(html).toMatch(new RegExp(`<a href="${activationUrl.replace(/[.?]/g, '\\$&')}" style="[^"]+">Pengaktifan Akaun</a>`));
    expect(html).toContain(`>${code.slice(0, 4)}-${code.slice(4)}</p>`);
    expect(html).toContain('<td lang="en"');
    expect(html).toContain('Salam sejahtera');
    expect(html).toContain('Dear ');

    const [image] = mail.attachments;
    expect(mail.attachments).toHaveLength(1);
    expect(image).toMatchObject({ contentType: 'image/png', contentDisposition: 'inline', related: true });
    const img = /<img src="cid:([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]+)"/.exec(html);
    expect(img?.[1]).toBe(image?.cid);
    expect(img?.[4]).toMatch(/Kod QR.*QR code/);
    const { width, height } = pixelsOf(image!.content);
    expect([Number(img?.[2]), Number(img?.[3])]).toEqual([width, height]);
  });

  it("shows a QR image of the e-mail's https link: error correction M, a quiet zone of 4 modules, at least 200 px", async () => {
    const { activationUrl } = await h.linkFor(PENDING.icNumber);
    const { mail } = await newestEml();
    const { width, height, dark } = pixelsOf(mail.attachments[0]!.content);
    const expected = QRCode.create(activationUrl, { errorCorrectionLevel: 'M' }).modules;
    const side = expected.size + 2 * 4;
    const scale = width / side;
    expect({ width, height, wholePixelsPerModule: Number.isInteger(scale) }).toEqual({ width, height: width, wholePixelsPerModule: true });
    expect(width).toBeGreaterThanOrEqual(200);
    const read: boolean[] = [];
    const want: boolean[] = [];
    for (let row = 0; row < side; row += 1) {
      for (let column = 0; column < side; column += 1) {
        read.push(dark(column * scale + scale / 2, row * scale + scale / 2));
        const inside = row >= 4 && column >= 4 && row < 4 + expected.size && column < 4 + expected.size;
        want.push(inside && expected.get(row - 4, column - 4) === 1);
      }
    }
    expect(read).toEqual(want);
  });

  it('fits a phone screen 375 px wide in Chromium, even with a token that has no place to break, the QR image at its full size', async () => {
    const token = 'A'.repeat(43);
    const mail = await activationEmail({
      name: PENDING.name,
      activationUrl: `https://aktif.ispeks.example.gov.my/activate?token=${token}`,
      appUrl: `ispeks://activate?token=${token}`,
      code: '7K3M-9QXD',
      loginUrl: 'https://aktif.ispeks.example.gov.my/login',
      ttlSeconds: 1800,
      alreadyActive: false,
    });
    const image = { cid: mail.qr.cid, content: mail.qr.png };
    // What a mail client does with cid: the related part's bytes stand in for the reference.
    const html = mail.html.replace(`cid:${image.cid}`, `data:image/png;base64,${image.content.toString('base64')}`);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--disable-gpu', '--disable-quic'] });
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
      await page.setContent(html);
      const shown = await page.evaluate(() => {
        const img = document.querySelector('img');
        return { scrollWidth: document.documentElement.scrollWidth, img: img && [img.naturalWidth, img.getBoundingClientRect().width] };
      });
      expect(shown).toEqual({ scrollWidth: 375, img: [pixelsOf(image.content).width, pixelsOf(image.content).width] });
    } finally {
      await browser.close();
    }
  });

  it("escapes the person's name in the HTML", async () => {
    await h.linkFor(OTHER_PENDING.icNumber);
    const { mail, raw } = await newestEml();
    expect(OTHER_PENDING.name).toContain("'");
    expect(mail.html).toContain(`Salam sejahtera ${OTHER_PENDING.name.replace("'", '&#39;')},`);
    expect(raw).not.toContain(`<p style="margin:0 0 16px 0;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:24px;color:#1a1a1a">Salam sejahtera ${OTHER_PENDING.name}`);
  });

  it('tells the owner of an active account to log in, with the Log Masuk button', async () => {
    await h.linkFor(ACTIVE.icNumber);
    const { mail } = await newestEml();
    expect(mail.subject).toBe('Akaun iSPEKS anda sudah aktif — Your iSPEKS account is already active');
    expect(mail.html).toMatch(new RegExp(`<a href="${h.url}/login" style="[^"]+">Log Masuk</a>`));
    expect(mail.attachments).toHaveLength(1);
  });

  it('keeps every name a header can hold, however written, as a mail client reads it back', async () => {
    const name = 'Nur ‘Ain 帳戶 😀 binti Ismail, Pegawai Tadbir Negeri Kelantan';
    await h.server.outbox.send({
      toName: name,
      toAddress: 'nur.ain@demo.ispeks.invalid',
      subject: 'Pengaktifan Akaun iSPEKS — 帳戶啟用 — a subject long enough to be folded over more than one line',
      text: 'x',
      html: '<p>x</p>',
      qr: { cid: 'qr@demo.ispeks.invalid', png: (await QRCode.toBuffer('x')) as Buffer },
      activationUrl: 'https://example.invalid/activate',
      appUrl: 'ispeks://activate',
      code: '0000-0000',
    });
    const { mail, raw } = await newestEml();
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value).toEqual([{ name, address: 'nur.ain@demo.ispeks.invalid' }]);
    expect(mail.subject).toBe('Pengaktifan Akaun iSPEKS — 帳戶啟用 — a subject long enough to be folded over more than one line');
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(head).toMatch(/^[\x20-\x7e\r\n\t]*$/);
  });
});
