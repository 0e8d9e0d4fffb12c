import { describe, expect, it } from 'vitest';
import type { AppError, ErrorCode } from '../../shared/errors.ts';
import { SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';
import { errorMessage, recoveries, violationMessage } from '../../renderer/src/errors.ts';
import { catalogues } from '../../renderer/src/i18n/index.ts';
import { languageOrder } from '../../renderer/src/i18n/languages.ts';

// One example of every error; the mapped type makes a new ErrorCode a compile error here.
const examples: { [C in ErrorCode]: Extract<AppError, { code: C }> } = {
  'invalid-input': { code: 'invalid-input' },
  'invalid-ic-number': { code: 'invalid-ic-number', problem: 'place-of-birth' },
  'invalid-link': { code: 'invalid-link', problem: 'no-token' },
  'link-not-found': { code: 'link-not-found' },
  'link-expired': { code: 'link-expired' },
  'link-used': { code: 'link-used' },
  'already-active': { code: 'already-active' },
  'rate-limited': { code: 'rate-limited', retryAfterSeconds: 42 },
  'policy-violation': { code: 'policy-violation', violations: [{ field: 'password', rule: 'common' }] },
  network: { code: 'network' },
  timeout: { code: 'timeout' },
  server: { code: 'server', status: 503 },
  tls: { code: 'tls', host: 'ispeks.example' },
  configuration: { code: 'configuration' },
};

const errorCodes = Object.keys(recoveries) as ErrorCode[];

describe('error messages', () => {
  it('lists every error code', () => {
    expect([...errorCodes].sort()).toEqual(Object.keys(examples).sort());
  });

  describe.each(languageOrder)('in %s', (language) => {
    const text = catalogues[language];
    it.each(errorCodes)('%s has a message', (code) => {
      expect(errorMessage(examples[code], text).trim().length).toBeGreaterThan(10);
    });

    it('says how many seconds to wait when rate-limited', () => {
      expect(errorMessage(examples['rate-limited'], text)).toContain('42');
    });

    it('has a message for every IC-number and link problem', () => {
      for (const problem of ['empty', 'characters', 'length', 'date', 'place-of-birth'] as const) {
        expect(errorMessage({ code: 'invalid-ic-number', problem }, text)).not.toBe('');
      }
      for (const problem of ['empty', 'too-long', 'not-a-link', 'host-not-allowed', 'no-token'] as const) {
        expect(errorMessage({ code: 'invalid-link', problem }, text)).not.toBe('');
      }
    });

    it('words server-reported violations, falling back to the field for an unknown rule', () => {
      const say = (field: string, rule: string) => violationMessage({ field, rule }, text, SEED_PASSWORD_POLICY);
      expect(say('password', 'minLength')).toContain('12');
      expect(say('password', 'uppercase')).toBe(text.password.rules.uppercase);
      expect(say('password', 'common')).toBe(text.violations.rules.common);
      expect(say('securityAnswers', 'question-duplicate')).toBe(text.questions.problems['question-duplicate']);
      expect(say('password', 'something-new')).toBe(text.violations.password);
      expect(say('securityAnswers', 'something-new')).toBe(text.violations.answers);
      expect(say('password', 'toString')).toBe(text.violations.password);
    });
  });

  it('offers a way forward for each code', () => {
    expect(recoveries['link-expired']).toBe('new-link');
    expect(recoveries['link-used']).toBe('new-link');
    expect(recoveries['already-active']).toBe('login');
    expect(recoveries.network).toBe('retry');
    expect(recoveries.configuration).toBe('ask-staff');
  });

  it('sends the kiosk user to the counter staff when the kiosk itself is wrong', () => {
    expect(errorMessage(examples.tls, catalogues.ms)).toContain('Sila rujuk petugas kaunter');
    expect(errorMessage(examples.configuration, catalogues.ms)).toContain('Sila rujuk petugas kaunter');
  });
});
