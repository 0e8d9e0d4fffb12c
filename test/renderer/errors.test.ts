import { describe, expect, it } from 'vitest';
import type { AppError, ErrorCode } from '../../shared/errors.ts';
import { SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';
import { policyRules } from '../../shared/policy-rules.ts';
import { errorMessage, recoveries } from '../../renderer/src/i18n/errors.ts';
import { violationMessage } from '../../renderer/src/i18n/violations.ts';
import { catalogues } from './catalogues.ts';
import { languageOrder } from '../../renderer/src/i18n/languages.ts';

// One example of every error; the mapped type makes a new ErrorCode a compile error here.
const examples: { [C in ErrorCode]: Extract<AppError, { code: C }> } = {
  'invalid-input': { code: 'invalid-input' },
  'invalid-ic-number': { code: 'invalid-ic-number', problem: 'place-of-birth' },
  'invalid-link': { code: 'invalid-link', problem: 'no-token' },
  'invalid-code': { code: 'invalid-code', problem: 'length' },
  'link-not-found': { code: 'link-not-found' },
  'link-expired': { code: 'link-expired' },
  'link-used': { code: 'link-used' },
  'already-active': { code: 'already-active' },
  'rate-limited': { code: 'rate-limited', retryAfterSeconds: 42 },
  'policy-violation': { code: 'policy-violation', violations: [{ field: 'password', rule: 'password-common-word' }] },
  network: { code: 'network' },
  timeout: { code: 'timeout' },
  server: { code: 'server', status: 502 },
  'service-unavailable': { code: 'service-unavailable', retryAfterSeconds: 42 },
  refused: { code: 'refused', status: 407 },
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

    it('says how many seconds to wait when rate-limited or the service is unavailable', () => {
      expect(errorMessage(examples['rate-limited'], text)).toContain('42');
      expect(errorMessage(examples['service-unavailable'], text)).toContain('42');
    });

    it('says a different thing for each way the service can fail', () => {
      const codes = ['network', 'timeout', 'server', 'service-unavailable', 'refused', 'tls'] as const;
      const messages = codes.map((code) => errorMessage(examples[code], text));
      expect(new Set(messages).size).toBe(codes.length);
    });

    it('has a message for every IC-number and link problem', () => {
      for (const problem of ['empty', 'characters', 'length', 'date', 'place-of-birth'] as const) {
        expect(errorMessage({ code: 'invalid-ic-number', problem }, text)).not.toBe('');
      }
      for (const problem of ['empty', 'too-long', 'not-a-link', 'host-not-allowed', 'no-token'] as const) {
        expect(errorMessage({ code: 'invalid-link', problem }, text)).not.toBe('');
      }
    });

    it('words every rule the server can report, each differently, none by its field fallback', () => {
      const say = (rule: string) => violationMessage({ field: 'x', rule }, text, SEED_PASSWORD_POLICY);
      // Answer length is one message for both ends: "3 to 40 characters".
      const sharedWording = new Set(['answer-too-short']);
      const messages = policyRules.filter((rule) => !sharedWording.has(rule)).map(say);
      expect(new Set(messages).size).toBe(messages.length);
      for (const message of messages) expect([text.violations.password, text.violations.answers]).not.toContain(message);
    });

    it('words server-reported violations, falling back to the field for an unknown rule', () => {
      const say = (field: string, rule: string) => violationMessage({ field, rule }, text, SEED_PASSWORD_POLICY);
      expect(say('password', 'minLength')).toContain('12');
      expect(say('password', 'uppercase')).toBe(text.password.rules.uppercase);
      expect(say('password', 'password-common-word')).toBe(text.password.problems['password-common-word']);
      expect(say('securityAnswers', 'question-duplicate')).toBe(text.questions.problems['question-duplicate']);
      expect(say('securityAnswers.2.answer', 'answer-birth-state')).toBe(text.questions.problems['answer-birth-state']);
      expect(say('securityAnswers', 'count')).toBe(text.questions.countMissing);
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
    expect(errorMessage(examples.refused, catalogues.ms)).toContain('Sila rujuk petugas kaunter');
    expect(recoveries.refused).toBe('ask-staff');
    expect(recoveries['service-unavailable']).toBe('wait');
  });
});
