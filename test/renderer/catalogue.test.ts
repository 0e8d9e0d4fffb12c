import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues.ts';
import type { Catalogue } from '../../renderer/src/i18n/catalogue.ts';

type Leaf = string | ((...values: number[]) => string);

/** Every leaf as [dotted key, text], functions called with sample numbers. */
function leaves(node: Catalogue | object, prefix = ''): Array<[string, string]> {
  return Object.entries(node).flatMap(([key, value]: [string, Leaf | object]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]] as Array<[string, string]>;
    if (typeof value === 'function') return [[path, value(7, 9)]] as Array<[string, string]>;
    return leaves(value, path);
  });
}

const ms = new Map(leaves(catalogues.ms));
const en = new Map(leaves(catalogues.en));

describe('message catalogues', () => {
  it('have the same keys in both languages', () => {
    expect([...en.keys()]).toEqual([...ms.keys()]);
  });

  it('have no empty text', () => {
    for (const [key, text] of [...ms, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('translate every text (no Malay left in the English catalogue, or the reverse)', () => {
    for (const [key, text] of ms) expect(en.get(key), key).not.toBe(text);
  });

  it('put the numbers into the texts that take them', () => {
    expect(catalogues.ms.app.step(2, 6)).toBe('Langkah 2 daripada 6');
    expect(catalogues.en.app.step(2, 6)).toBe('Step 2 of 6');
    expect(catalogues.ms.link.resendWait(45)).toBe('Sila tunggu 45 saat sebelum menghantar semula.');
    expect(catalogues.ms.link.validity(30)).toBe('Pautan ini sah selama 30 minit sahaja.');
  });

  it('use the guide\'s own words', () => {
    const { ms: text } = catalogues;
    expect(text.ic.submit).toBe('Hantar');
    expect(text.app.next).toBe('Seterusnya');
    expect(text.questions.remove).toBe('Padam');
    expect(text.password.repeat).toBe('Ulang Kata Laluan');
    expect(text.password.show).toBe('Tunjuk Kata Laluan');
    expect(text.password.submit).toBe('Selesai');
    expect(text.app.login).toBe('Log Masuk');
    expect(text.done.message).toBe('Tahniah. Akaun anda telah berjaya diaktifkan. Anda boleh log masuk ke sistem.');
    expect(text.app.product).toBe('Pengaktifan Akaun iSPEKS');
  });

  it('spell e-mel and baharu the DBP way', () => {
    const all = [...ms.values()].join('\n');
    expect(all).not.toMatch(/\bemel\b|\bemail\b|\bbaru\b/i);
  });
});
