// The corpora of `npm run bench` (bench/password-corpora.ts): the same seed gives the same corpus,
// every password meets the seed's composition rules, and the shared rules as the API applies them
// keep their measured refusal rates on a small seeded sample (the bench measures the full corpora
// with zxcvbn as well).
import { describe, expect, it } from 'vitest';
import { strongCorpus, strongKinds, weakCorpus } from '../../bench/password-corpora.ts';
import { policyViolations } from '../../server/activation-policy.ts';
import { securityQuestions } from '../../server/demo-accounts.ts';
import { SEED_PASSWORD_POLICY, passwordViolations } from '../../shared/password-policy.ts';
import type { PersonalData } from '../../shared/personal-data.ts';
import { normaliseAnswer } from '../../shared/security-questions.ts';

const apiRefuses = (password: string, person: PersonalData) => {
  const securityAnswers = person.answers.map((answer, index) => ({ questionId: securityQuestions[index]!.id, answer: normaliseAnswer(answer) }));
  return policyViolations({ securityAnswers, password }, securityQuestions, person).some((violation) => violation.field === 'password');
};

describe('the password corpora', () => {
  it('are the same for the same seed, and different for another', () => {
    expect(weakCorpus(5, 50)).toEqual(weakCorpus(5, 50));
    expect(strongCorpus(5, 10)).toEqual(strongCorpus(5, 10));
    expect(weakCorpus(6, 50)).not.toEqual(weakCorpus(5, 50));
  });

  it('hold only passwords that meet the seed\'s composition rules, all different, of every kind', () => {
    const weak = weakCorpus(7, 500);
    const strong = strongCorpus(7, 50);
    for (const { password } of [...weak, ...strong]) expect(passwordViolations(password, SEED_PASSWORD_POLICY), password).toEqual([]);
    expect(new Set(weak.map((entry) => entry.password)).size).toBe(weak.length);
    expect(new Set(strong.map((entry) => entry.kind))).toEqual(new Set(strongKinds));
  });

  it('are refused by the shared rules alone at least 99 % of the time when weak, at most 1 % when strong', () => {
    const weak = weakCorpus(11, 2_000);
    const strong = strongCorpus(11, 100);
    const weakThrough = weak.filter(({ password, person }) => !apiRefuses(password, person)).map(({ password }) => password);
    const strongRefused = strong.filter(({ password, person }) => apiRefuses(password, person)).map(({ password }) => password);
    expect(weakThrough.length, weakThrough.join(' ')).toBeLessThanOrEqual(weak.length / 100);
    expect(strongRefused.length, strongRefused.join(' ')).toBeLessThanOrEqual(strong.length / 100);
  }, 60_000);
});
