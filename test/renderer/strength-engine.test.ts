import { beforeAll, describe, expect, it } from 'vitest';
import { createStrengthEngine, L33T_MAX_SUBSTITUTIONS } from '../../renderer/src/strength/engine.ts';
import type { StrengthEngine } from '../../renderer/src/strength/engine.ts';
import { personalWords } from '../../shared/personal-data.ts';

const SITI = { icNumber: '900101035678', name: 'Siti Nur Aisyah binti Abdullah', email: 'siti.aisyah@demo.ispeks.invalid', answers: ['Nasi kerabu', 'Cikgu Rosnah'] };
let engine: StrengthEngine;
beforeAll(() => {
  engine = createStrengthEngine();
}, 30_000);

describe('the strength engine (zxcvbn as the worker runs it)', () => {
  it.each(['Password123!', 'P@ssw0rd1234', 'Zaq12wsx!@#$', 'Aa1!Aa1!Aa1!'])('scores %s, which meets the seed rules, below 3', (password) => {
    expect(engine.assess(password, []).score).toBeLessThan(3);
  });

  it.each(['Sungai-Golok-Tenang-42', 'Tropika-Hujan-2026!', 'Pantai-Senja-Merah-2026!'])('scores the passphrase %s at least 3', (password) => {
    expect(engine.assess(password, []).score).toBeGreaterThanOrEqual(3);
  });

  it('knows Malay words: a Malay word and a year scores lower than random letters and a year', () => {
    expect(engine.assess('Kemerdekaan1957!', []).score).toBeLessThan(engine.assess('Qxvtrplmwsok1957!', []).score);
  });

  it('counts the person\'s own data as known to whoever guesses', () => {
    const mine = personalWords(SITI);
    expect(engine.assess('Cikgurosnah#77', []).score).toBeGreaterThanOrEqual(3);
    expect(engine.assess('Cikgurosnah#77', mine).score).toBeLessThan(3);
  });

  it(`still reads l33t back with l33tMaxSubstitutions ${L33T_MAX_SUBSTITUTIONS}`, () => {
    for (const word of ['P@ssw0rd', 'K3l@nt@n', '$@y@ng', 'r@h$1@', 'b1sm1ll@h', 'm3rd3k@']) {
      const result = engine.assess(`${word}2024`, []);
      expect(result.score, word).toBeLessThan(3);
      expect(result.feedback.suggestions, word).toContain('l33t');
    }
  });

  it('refuses the full word list\'s words, not only the first screen\'s', () => {
    expect(engine.assess('Merdeka2024!', []).blocklist).toEqual(['password-common-word']);
    expect(engine.assess('Kelantan2024!!', []).blocklist).toEqual(['password-context-word', 'password-common-word']);
  });

  it('gives its feedback as keys the kiosk translates', () => {
    expect(engine.assess('P@ssw0rd1234', []).feedback).toEqual({ warning: 'similarToCommon', suggestions: ['anotherWord', 'capitalization', 'l33t'] });
  });

  it('stays fast on the longest password: 128 characters in well under a frame budget of the worker', () => {
    const password = 'aB3$'.repeat(32);
    const started = performance.now();
    engine.assess(password, []);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
