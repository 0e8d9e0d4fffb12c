import { describe, expect, it } from 'vitest';
import { encodeHeaderText, maskEmail } from '../../server/mailer.ts';

const decode = (header: string) =>
  header
    .split('\r\n ')
    .map((word) => /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(word)?.[1])
    .map((base64) => (base64 === undefined ? '\u0000' : Buffer.from(base64, 'base64').toString('utf8')))
    .join('');

describe('encodeHeaderText', () => {
  it('leaves printable ASCII alone', () => {
    expect(encodeHeaderText('iSPEKS account activation')).toBe('iSPEKS account activation');
  });

  it('encodes anything else as RFC 2047 words of at most 75 characters that decode back exactly', () => {
    const text = 'Pengaktifan Akaun iSPEKS — 帳戶啟用 — Nur ‘Ain 😀 binti Ismail, e-mel pengaktifan akaun';
    const encoded = encodeHeaderText(text);
    const words = encoded.split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    expect(decode(encoded)).toBe(text);
  });
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('siti.aisyah@demo.ispeks.invalid')).toBe('s***@demo.ispeks.invalid');
  });

  it('reveals nothing of something that is not an address', () => {
    expect(maskEmail('siti.aisyah')).toBe('***');
  });
});
