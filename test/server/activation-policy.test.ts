// The server applies the same rules as the kiosk, over real HTTP: 422 with every rule broken.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompleteActivationBody } from '../../shared/api-contract.ts';
import { securityQuestions } from '../../server/demo-accounts.ts';
import { PENDING, VALID_BODY, expectProblem, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
let token: string;
beforeEach(async () => {
  h = await startHarness();
  token = (await h.linkFor(PENDING.icNumber)).token;
});
afterEach(async () => {
  await h.stop();
});

const withPassword = (password: string): CompleteActivationBody => ({ ...VALID_BODY, password });
const withAnswer = (index: number, answer: string): CompleteActivationBody => ({
  ...VALID_BODY,
  securityAnswers: VALID_BODY.securityAnswers.map((row, at) => (at === index ? { ...row, answer } : row)),
});

async function violationsOf(body: CompleteActivationBody) {
  const problem = await expectProblem(await h.complete(token, body), 422, 'policy-violation');
  return problem.violations;
}

describe('POST /v1/activations/{token}: the password rules beyond the seed', () => {
  // PENDING is Siti Nur Aisyah binti Abdullah, 900101-03-5678, siti.aisyah@…
  it.each([
    ['Kelantan2024!!', ['password-context-word', 'password-common-word']],
    ['Sayang12345!', ['password-common-word']],
    ['P@ssw0rd1234', ['password-common-word']],
    [`${PENDING.icNumber}Aa!`, ['password-contains-ic', 'password-contains-birth-date']],
    ['Rumah-Abdullah-88!', ['password-contains-name', 'password-common-word']],
    ['Kereta-Biru-01011990', ['password-contains-birth-date', 'password-common-word']],
    ['Kereta-Siti.Aisyah-7', ['password-contains-name', 'password-contains-email']],
    ['Tropika-Si-Comel-26!', ['password-contains-answer']],
    ['Kerabu-Rumah-Biru-7!', ['password-contains-answer']],
    ['Aaaaaaaaaaa1!', ['password-sequence']],
    ['Zyxwvutsrq9!', ['password-sequence']],
    ['Position_haircut2004!', ['password-common-word']],
    ['Eikniwt1951*', ['password-common-word']],
  ])('refuses %s, naming each rule', async (password, rules) => {
    expect(await violationsOf(withPassword(password))).toEqual(rules.map((rule) => ({ field: 'password', rule })));
  });

  it('accepts a passphrase that breaks none (the seed rules still apply)', async () => {
    expect((await h.complete(token, withPassword('Sungai-Golok-Tenang-42'))).status).toBe(200);
  });
});

describe('POST /v1/activations/{token}: the answer rules', () => {
  it.each([
    ['too short', 0, 'ab', 'answer-too-short'],
    ['the same as another, once normalised', 1, '  si   comel ', 'answer-repeated'],
    ['words of its own question', 0, 'Haiwan peliharaan', 'answer-contains-question'],
    ['the IC number', 2, `IC ${PENDING.icNumber}`, 'answer-contains-ic'],
    ['the birth date', 2, '1 Januari 1990', 'answer-birth-date'],
    ['the birth state', 2, 'Negeri Kelantan', 'answer-birth-state'],
    ['the person\'s name', 2, 'Nur Abdullah', 'answer-contains-name'],
  ])('refuses an answer that is %s', async (_label, index, answer, rule) => {
    expect(await violationsOf(withAnswer(index, answer))).toContainEqual({ field: `securityAnswers.${index}.answer`, rule });
  });

  it('reports every broken rule of every field at once', async () => {
    const body: CompleteActivationBody = {
      securityAnswers: [
        { questionId: 'first-pet', answer: 'Kelantan' },
        { questionId: 'childhood-food', answer: 'kelantan' },
        { questionId: 'first-car', answer: 'Kancil 660' },
      ],
      password: 'Kelantan2024!!',
    };
    expect(await violationsOf(body)).toEqual([
      { field: 'securityAnswers.0.answer', rule: 'answer-birth-state' },
      { field: 'securityAnswers.1.answer', rule: 'answer-repeated' },
      { field: 'securityAnswers.1.answer', rule: 'answer-birth-state' },
      { field: 'password', rule: 'password-contains-answer' },
      { field: 'password', rule: 'password-context-word' },
      { field: 'password', rule: 'password-common-word' },
    ]);
  });
});

describe('POST /v1/activations/{token}: text that is not what it looks like', () => {
  const answers = (...texts: string[]): CompleteActivationBody['securityAnswers'] =>
    VALID_BODY.securityAnswers.map((row, index) => ({ ...row, answer: texts[index]! }));

  it('refuses answers made only of invisible characters, and activates nothing', async () => {
    const body = { ...VALID_BODY, securityAnswers: answers('\u200B\u200B\u200B', '\u00AD\u00AD\u00AD', '\u0000\u0000\u0000') };
    expect(await violationsOf(body)).toEqual([0, 1, 2].map((index) => ({ field: `securityAnswers.${index}.answer`, rule: 'answer-empty' })));
    expect((await h.open(token)).status).toBe(200);
  });

  it('refuses answers that differ only by invisible characters as the same answer', async () => {
    const body = { ...VALID_BODY, securityAnswers: answers('Nasi Kerabu', 'Nasi\u200B Ke\u00ADrabu', '\uFEFFNasi Kerabu\u202C') };
    expect(await violationsOf(body)).toEqual([1, 2].map((index) => ({ field: `securityAnswers.${index}.answer`, rule: 'answer-repeated' })));
  });

  it('does not count NUL as the special character, and refuses a password that holds one', async () => {
    expect(await violationsOf(withPassword('TropikaHujanKaca9\u0000'))).toEqual([
      { field: 'password', rule: 'special' },
      { field: 'password', rule: 'password-invisible-character' },
    ]);
  });

  it('refuses a password with a zero-width character even when every other rule is met', async () => {
    expect(await violationsOf(withPassword('Tropika-Hujan\u200B-2026!'))).toEqual([{ field: 'password', rule: 'password-invisible-character' }]);
  });
});

describe('the reference server\'s question list', () => {
  it('offers no question the IC number answers: every birth date and state is refused as an answer anyway', () => {
    for (const { text } of securityQuestions) {
      for (const wording of [text.ms, text.en]) expect(wording).not.toMatch(/\b(lahir|birth|born|negeri|state|tarikh|date|umur|age)\b/i);
    }
  });
});
