import { describe, expect, it } from 'vitest';
import { zxcvbnSuggestions, zxcvbnWarnings } from '../../shared/password-strength.ts';
import { personalDataRules } from '../../shared/personal-data.ts';
import { securityAnswerProblems } from '../../shared/security-questions.ts';
import { catalogues } from './catalogues.ts';

const { ms, en } = catalogues;

describe('the password and answer rules in both languages', () => {
  it('translate every zxcvbn warning and suggestion into Malay', () => {
    for (const key of zxcvbnWarnings) {
      expect(ms.strength.warnings[key], key).not.toBe(en.strength.warnings[key]);
      expect(ms.strength.warnings[key].length, key).toBeGreaterThan(10);
    }
    for (const key of zxcvbnSuggestions) expect(ms.strength.suggestions[key], key).not.toBe(en.strength.suggestions[key]);
  });

  it('say each answer problem and personal-data problem differently', () => {
    for (const text of [ms, en]) {
      const answers = securityAnswerProblems.filter((problem) => problem !== 'answer-too-short').map((problem) => text.questions.problems[problem]);
      expect(new Set(answers).size).toBe(answers.length);
      const personal = personalDataRules.map((rule) => text.password.problems[rule]);
      expect(new Set(personal).size).toBe(personal.length);
    }
  });

  it('name the strength levels as the glossary does', () => {
    expect(ms.password.strength.title).toBe('Kekuatan kata laluan:');
    expect(Object.values(ms.password.strength.levels)).toEqual(['lemah', 'sederhana', 'kuat']);
    expect(en.password.strength.title).toBe('Password strength:');
    expect(Object.values(en.password.strength.levels)).toEqual(['weak', 'fair', 'strong']);
  });

  it('say which answer the password contains, by its number only', () => {
    expect(ms.password.containsAnswer(2)).toBe('Kata laluan mengandungi jawapan soalan keselamatan 2.');
    expect(en.password.containsAnswer(2)).toBe('The password contains your answer to security question 2.');
  });
});
