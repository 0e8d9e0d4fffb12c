import { describe, expect, it } from 'vitest';
import { SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';
import type { StrengthAnswer } from '../../renderer/src/strength/protocol.ts';
import { passwordVerdict } from '../../renderer/src/strength/verdict.ts';
import type { PasswordContext, StrengthState } from '../../renderer/src/strength/verdict.ts';
import { checklistItems } from '../../renderer/src/components/password-checklist-items.ts';
import { catalogues } from './catalogues.ts';

const CONTEXT: PasswordContext = {
  policy: SEED_PASSWORD_POLICY,
  personal: { icNumber: '900101035678', name: 'Siti Nur Aisyah binti Abdullah', email: 'siti.aisyah@demo.ispeks.invalid', answers: ['Nasi kerabu'] },
  minScore: 3,
};
const STRONG = 'Sungai-Golok-Tenang-42';
const answer = (score: 0 | 1 | 2 | 3 | 4, blocklist: StrengthAnswer['blocklist'] = []): StrengthAnswer => ({
  score,
  feedback: { warning: score < 3 ? 'similarToCommon' : null, suggestions: [] },
  blocklist,
});
const known = (password: string, outcome: StrengthState['outcome']): StrengthState => ({ password, inputs: '', outcome });

describe('the password verdict', () => {
  it('while the worker warms up, shows an estimate that is never "strong", and is not ready', () => {
    const verdict = passwordVerdict(STRONG, CONTEXT, null);
    expect(verdict).toMatchObject({ pending: true, estimated: true, level: 'fair', strongEnough: false, ready: false });
  });

  it('already refuses, before zxcvbn, the seed rules, personal data and the commonest words', () => {
    expect(passwordVerdict('short', CONTEXT, null).seed.filter((rule) => !rule.met).map((rule) => rule.rule)).toEqual(['minLength', 'uppercase', 'digit', 'special']);
    expect(passwordVerdict('Aa!900101035678', CONTEXT, null).personal.map((v) => v.rule)).toEqual(['password-contains-ic', 'password-contains-birth-date']);
    expect(passwordVerdict('Password123!', CONTEXT, null)).toMatchObject({ blocklist: ['password-common-word'], level: 'weak' });
  });

  it('is ready once zxcvbn scored exactly this password at the minimum', () => {
    expect(passwordVerdict(STRONG, CONTEXT, known(STRONG, answer(3)))).toMatchObject({ pending: false, level: 'strong', ready: true });
    expect(passwordVerdict(STRONG, CONTEXT, known(STRONG, answer(2)))).toMatchObject({ level: 'fair', strongEnough: false, ready: false });
    expect(passwordVerdict(STRONG, { ...CONTEXT, minScore: 4 }, known(STRONG, answer(3)))).toMatchObject({ level: 'fair', ready: false });
  });

  it('keeps showing the previous score while the next one comes, but is not ready on it', () => {
    const verdict = passwordVerdict(`${STRONG}x`, CONTEXT, known(STRONG, answer(4)));
    expect(verdict).toMatchObject({ pending: true, estimated: false, score: 4, level: 'strong', ready: false });
  });

  it('adds the full list\'s verdict from the worker, and a broken rule keeps the bar low', () => {
    const verdict = passwordVerdict('Merdeka2024!', CONTEXT, known('Merdeka2024!', answer(3, ['password-common-word'])));
    expect(verdict).toMatchObject({ blocklist: ['password-common-word'], level: 'weak', score: 1, ready: false });
  });

  it('refuses a password holding an invisible character, whatever zxcvbn thinks of it', () => {
    const password = `${STRONG}\u200B`;
    expect(passwordVerdict(password, CONTEXT, known(password, answer(4)))).toMatchObject({ characters: ['password-invisible-character'], level: 'weak', ready: false });
  });

  it('says when the strength cannot be checked, and is then never ready', () => {
    expect(passwordVerdict(STRONG, CONTEXT, known(STRONG, 'unavailable'))).toMatchObject({ unavailable: true, pending: false, ready: false });
  });
});

describe('the checklist built from the verdict', () => {
  const text = catalogues.ms;
  const items = (password: string, strength: StrengthState | null, repeat = password) =>
    checklistItems(passwordVerdict(password, CONTEXT, strength), password, repeat === password && repeat !== '', text, SEED_PASSWORD_POLICY);
  const state = (list: ReturnType<typeof items>, key: string) => list.find((item) => item.key === key);

  it('ticks nothing about personal data or common words before anything is typed', () => {
    expect(state(items('', null), 'personal')?.state).toBe('unmet');
    expect(state(items('', null), 'blocklist')?.state).toBe('unmet');
  });

  it('says which personal detail is in the password, by kind and row, never its value', () => {
    const personal = state(items('Rumah-Nasikerabu-2024!', null), 'personal');
    expect(personal).toMatchObject({ state: 'unmet', details: ['Kata laluan mengandungi jawapan soalan keselamatan 1.'] });
  });

  it('shows the rule on repeated or sequential characters before typing, and says when it is broken', () => {
    expect(state(items('', null), 'sequence')).toMatchObject({ state: 'unmet', label: text.password.rules.sequence, details: [] });
    expect(state(items(STRONG, null), 'sequence')?.state).toBe('met');
    expect(state(items('Qwertyuiop2024!', null), 'sequence')).toMatchObject({ state: 'unmet', details: [text.password.problems['password-sequence']] });
  });

  it('lists the invisible-character rule only when it is broken, in both languages', () => {
    expect(state(items(STRONG, null), 'invisible')).toBeUndefined();
    const password = `Sungai\u0000Golok-Tenang-42`;
    expect(state(items(password, known(password, answer(4))), 'invisible')).toMatchObject({ state: 'unmet', details: [text.password.problems['password-invisible-character']] });
    expect(catalogues.en.password.problems['password-invisible-character']).toMatch(/cannot be seen/);
  });

  it('shows the strength as being checked only until zxcvbn first answers, then its newest answer', () => {
    expect(state(items(STRONG, null), 'strength')?.state).toBe('pending');
    expect(state(items(`${STRONG}x`, known(STRONG, answer(4))), 'strength')?.state).toBe('met');
    expect(state(items(STRONG, known(STRONG, answer(2))), 'strength')).toMatchObject({ state: 'unmet', details: [text.password.problems['password-too-weak']] });
  });
});
