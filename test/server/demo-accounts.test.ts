import { describe, expect, it } from 'vitest';
import { demoAccounts, securityQuestions } from '../../server/demo-accounts.ts';
import { profile, securityQuestion } from '../../shared/api-contract.ts';
import { parseIcNumber } from '../../shared/ic-number.ts';

describe('demo accounts', () => {
  it('are fictional: every e-mail is on the reserved .invalid demo domain', () => {
    for (const account of demoAccounts) expect(account.email).toMatch(/^[a-z.]+@demo\.ispeks\.invalid$/);
  });

  it('have valid IC numbers and contract-valid profiles', () => {
    for (const { icNumber, name, email, registeredAt } of demoAccounts) {
      expect(parseIcNumber(icNumber, new Date('2026-01-01T00:00:00Z'))).toEqual({ ok: true, icNumber });
      expect(profile.safeParse({ icNumber, name, email, registeredAt }).success).toBe(true);
    }
  });

  it('are distinct, with at least four pending accounts, one active, and one born in Kelantan', () => {
    expect(new Set(demoAccounts.map((account) => account.icNumber)).size).toBe(demoAccounts.length);
    expect(new Set(demoAccounts.map((account) => account.email)).size).toBe(demoAccounts.length);
    expect(demoAccounts.filter((account) => account.status === 'pending').length).toBeGreaterThanOrEqual(4);
    expect(demoAccounts.filter((account) => account.status === 'active').length).toBeGreaterThanOrEqual(1);
    expect(demoAccounts.some((account) => account.icNumber.slice(6, 8) === '03')).toBe(true);
  });
});

describe('security questions', () => {
  it('are 8 to 10 contract-valid questions with distinct ids and texts in both languages', () => {
    expect(securityQuestions.length).toBeGreaterThanOrEqual(8);
    expect(securityQuestions.length).toBeLessThanOrEqual(10);
    expect(new Set(securityQuestions.map((question) => question.id)).size).toBe(securityQuestions.length);
    for (const question of securityQuestions) {
      expect(securityQuestion.safeParse(question).success).toBe(true);
      expect(question.text.ms).not.toBe(question.text.en);
    }
  });

  it('ask nothing public or in the IC number or HR record', () => {
    const forbidden = /lahir|birth|bapa|ayah|father|ibu|mother|gred|grade|penempatan|posting|jawatan|kad pengenalan|\bIC\b/i;
    for (const { text } of securityQuestions) {
      expect(text.ms).not.toMatch(forbidden);
      expect(text.en).not.toMatch(forbidden);
    }
  });
});
