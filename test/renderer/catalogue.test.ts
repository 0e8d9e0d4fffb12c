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

  // Help-desk staff hold the printed activation guide beside the kiosk: every label the guide names
  // is the kiosk's, letter for letter (docs/domain.md, "Wording"). Each row: the guide's label, and
  // the text that must carry it (the label itself, or a sentence that starts with it).
  const GUIDE: ReadonlyArray<readonly [label: string, where: string, text: (c: Catalogue) => string]> = [
    ['Pengaktifan Akaun', 'the product name', (c) => c.app.product],
    ['No. Kad Pengenalan', 'the IC number field', (c) => c.ic.label],
    ['Hantar', 'the IC number screen\'s button', (c) => c.ic.submit],
    ['No. Kad Pengenalan', 'the profile\'s IC number row', (c) => c.profile.icNumber],
    ['Tarikh Pendaftaran', 'the profile\'s date row', (c) => c.profile.registeredAt],
    ['Seterusnya', 'every step\'s Next', (c) => c.app.next],
    ['Soalan Keselamatan', 'the questions step\'s heading', (c) => c.questions.title],
    ['Padam', 'the button that removes a question row', (c) => c.questions.remove],
    ['Kata Laluan', 'the new password field', (c) => c.password.password],
    ['Ulang Kata Laluan', 'the repeat field', (c) => c.password.repeat],
    ['Tunjuk Kata Laluan', 'the show-password toggle', (c) => c.password.show],
    ['Selesai', 'the password step\'s button', (c) => c.password.submit],
    ['Tahniah. Akaun anda telah berjaya diaktifkan.', 'the final screen\'s message', (c) => c.done.message],
    ['Log Masuk', 'the final screen\'s button', (c) => c.app.login],
  ];

  it.each(GUIDE)('use the guide\'s "%s" for %s', (label, _where, text) => {
    const shown = text(catalogues.ms);
    expect(shown === label || shown.startsWith(`${label} `), shown).toBe(true);
  });

  it('write the hide toggles as their show toggles are written', () => {
    const { ms: text } = catalogues;
    expect(text.password.hide).toBe('Sembunyikan Kata Laluan');
    expect(text.questions.hide).toBe('Sembunyikan');
    expect(text.keyboard.keys.hide).toBe('Sembunyikan papan kekunci');
  });

  it('spell e-mel, baharu and kios the DBP way, and say Cuba semula for every retry', () => {
    const all = [...ms.values()].join('\n');
    expect(all).not.toMatch(/\bemel\b|\bemail\b|\bbaru\b|\bkiosk\b|\bsorok\b|\bcuba lagi\b/i);
  });
});
