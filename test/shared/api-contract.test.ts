import { describe, it, expect } from 'vitest';
import {
  API_VERSION_PREFIX,
  activationCompleted,
  activationDetails,
  activationRequestAccepted,
  activationRequestBody,
  apiPaths,
  completeActivationBody,
  problem,
  problemCodes,
  profile,
  tokenSchema,
} from '../../shared/api-contract.ts';
import type { Profile } from '../../shared/api-contract.ts';
import { TOKEN_PATTERN } from '../../shared/activation-link.ts';
import { SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';

const TOKEN = 'Zm9vYmFyYmF6cXV4LXF1dXotY29yZ2VfZ3JhdWx0LTE'; // 43 characters of base64url

// The contract's example bodies (docs/architecture.md), with the "…" filled in.
const PROFILE: Profile = {
  icNumber: '900101145678',
  name: 'Siti Aminah binti Abdullah',
  email: 'siti.aminah@ispeks.example.gov.my',
  registeredAt: '2019-03-04T09:15:00+08:00',
};
const DETAILS = {
  profile: PROFILE,
  expiresAt: '2026-11-24T10:30:00Z',
  securityQuestions: [
    { id: 'q1', text: { ms: 'Nama Ibu?', en: "Mother's name?" } },
    { id: 'q2', text: { ms: 'Nama haiwan peliharaan pertama?', en: 'Name of your first pet?' } },
    { id: 'q3', text: { ms: 'Makanan kegemaran?', en: 'Favourite food?' } },
  ],
  passwordPolicy: { minLength: 12, maxLength: 128, lowercase: true, uppercase: true, digit: true, special: true },
};
const COMPLETE = {
  securityAnswers: [
    { questionId: 'q1', answer: 'Fatimah' },
    { questionId: 'q2', answer: 'Comel' },
    { questionId: 'q3', answer: 'Nasi Kerabu' },
  ],
  password: 'Password123!',
};
const POLICY_VIOLATION = {
  type: 'https://ispeks.example.gov.my/problems/policy-violation',
  title: 'Policy violation',
  status: 422,
  code: 'policy-violation',
  violations: [
    { field: 'password', rule: 'uppercase' },
    { field: 'securityAnswers[1]', rule: 'answer-empty' },
  ],
};

describe('the contract\'s example bodies parse', () => {
  it('POST /v1/activation-requests body', () => {
    expect(activationRequestBody.parse({ icNumber: '900101145678' })).toEqual({ icNumber: '900101145678' });
  });

  it('202 accepted', () => {
    const body = { status: 'accepted', expiresInSeconds: 1800, retryAfterSeconds: 60 };
    expect(activationRequestAccepted.parse(body)).toEqual(body);
  });

  it('GET /v1/activations/{token} 200', () => {
    expect(activationDetails.parse(DETAILS)).toEqual(DETAILS);
  });

  it('POST /v1/activations/{token} body', () => {
    expect(completeActivationBody.parse(COMPLETE)).toEqual(COMPLETE);
  });

  it('200 activated', () => {
    const body = { status: 'activated', loginUrl: 'https://ispeks.example.gov.my/login' };
    expect(activationCompleted.parse(body)).toEqual(body);
  });

  it('problem details with violations', () => {
    expect(problem.parse(POLICY_VIOLATION)).toEqual(POLICY_VIOLATION);
  });

  it('the seed password policy is a valid passwordPolicy', () => {
    expect(activationDetails.parse({ ...DETAILS, passwordPolicy: SEED_PASSWORD_POLICY }).passwordPolicy).toEqual(SEED_PASSWORD_POLICY);
  });
});

describe('profile', () => {
  it.each([
    ['Z', '2026-11-24T10:00:00Z'],
    ['+08:00', '2026-11-24T10:00:00+08:00'],
    ['fractional seconds', '2026-11-24T10:00:00.123+08:00'],
  ])('accepts a timestamp with offset %s', (_label, registeredAt) => {
    expect(profile.safeParse({ ...PROFILE, registeredAt }).success).toBe(true);
  });

  it.each([
    ['no offset', '2026-11-24T10:00:00'],
    ['a date only', '2026-11-24'],
    ['an offset without a colon', '2026-11-24T10:00:00+0800'],
    ['not a date', 'semalam'],
    ['a number', 1764000000000],
  ])('rejects a timestamp that is %s', (_label, registeredAt) => {
    expect(profile.safeParse({ ...PROFILE, registeredAt }).success).toBe(false);
  });

  it.each([
    ['no @', 'siti.aminah.example.gov.my'],
    ['nothing after @', 'siti@'],
    ['nothing before @', '@ispeks.example.gov.my'],
    ['a space', 'siti aminah@ispeks.example.gov.my'],
    ['more than 254 characters', `${'a'.repeat(60)}@${Array.from({ length: 4 }, () => 'b'.repeat(60)).join('.')}.my`],
    ['empty', ''],
  ])('rejects an email with %s', (_label, email) => {
    expect(profile.safeParse({ ...PROFILE, email }).success).toBe(false);
  });

  it.each([
    ['hyphens', '900101-14-5678'],
    ['11 digits', '90010114567'],
    ['13 digits', '9001011456789'],
    ['full-width digits', '９００１０１１４５６７８'],
  ])('rejects an IC number with %s (the API sends it normalised)', (_label, icNumber) => {
    expect(profile.safeParse({ ...PROFILE, icNumber }).success).toBe(false);
  });

  it('rejects an empty name and a missing field', () => {
    expect(profile.safeParse({ ...PROFILE, name: '' }).success).toBe(false);
    const withoutEmail: Partial<Profile> = { ...PROFILE };
    delete withoutEmail.email;
    expect(profile.safeParse(withoutEmail).success).toBe(false);
  });
});

describe('problem', () => {
  const base = { type: 'about:blank', title: 'Ralat', status: 400 };

  it('lists the ten problem codes of the contract', () => {
    expect([...problemCodes].sort()).toEqual(
      [
        'invalid-request', 'invalid-ic-number', 'rate-limited', 'link-not-found', 'link-expired',
        'link-used', 'already-active', 'policy-violation', 'idempotency-conflict', 'internal',
      ].sort(),
    );
  });

  it.each(problemCodes.map((code) => [code]))('accepts code %s', (code) => {
    expect(problem.parse({ ...base, code })).toEqual({ ...base, code });
  });

  it.each([
    ['an unknown code', 'not-found'],
    ['a code in another case', 'LINK-EXPIRED'],
    ['an empty code', ''],
    ['a number', 404],
  ])('rejects %s', (_label, code) => {
    expect(problem.safeParse({ ...base, code }).success).toBe(false);
  });

  it('rejects a missing code and a non-integer status', () => {
    expect(problem.safeParse(base).success).toBe(false);
    expect(problem.safeParse({ ...base, code: 'internal', status: 500.5 }).success).toBe(false);
  });

  it('rejects more than 50 violations', () => {
    const violations = Array.from({ length: 51 }, () => ({ field: 'password', rule: 'special' }));
    expect(problem.safeParse({ ...POLICY_VIOLATION, violations }).success).toBe(false);
    expect(problem.safeParse({ ...POLICY_VIOLATION, violations: violations.slice(1) }).success).toBe(true);
  });
});

describe('the other schemas', () => {
  it('activationRequestBody takes only a normalised IC number and no other field', () => {
    expect(activationRequestBody.safeParse({ icNumber: '900101-14-5678' }).success).toBe(false);
    expect(activationRequestBody.safeParse({ icNumber: '900101145678', extra: true }).success).toBe(false);
    expect(activationRequestBody.safeParse({}).success).toBe(false);
  });

  it('activationRequestAccepted needs a positive expiry and a non-negative retry-after', () => {
    const body = { status: 'accepted', expiresInSeconds: 1800, retryAfterSeconds: 0 };
    expect(activationRequestAccepted.safeParse(body).success).toBe(true);
    expect(activationRequestAccepted.safeParse({ ...body, expiresInSeconds: 0 }).success).toBe(false);
    expect(activationRequestAccepted.safeParse({ ...body, retryAfterSeconds: -1 }).success).toBe(false);
    expect(activationRequestAccepted.safeParse({ ...body, status: 'sent' }).success).toBe(false);
  });

  it('activationDetails needs at least three questions', () => {
    expect(activationDetails.safeParse({ ...DETAILS, securityQuestions: DETAILS.securityQuestions.slice(0, 2) }).success).toBe(false);
  });

  it('completeActivationBody refuses unknown fields, in the body and in each answer', () => {
    expect(completeActivationBody.safeParse({ ...COMPLETE, passwordRepeat: 'x' }).success).toBe(false);
    const answers = COMPLETE.securityAnswers.map((answer) => ({ ...answer, hint: 'x' }));
    expect(completeActivationBody.safeParse({ ...COMPLETE, securityAnswers: answers }).success).toBe(false);
    expect(completeActivationBody.safeParse({ ...COMPLETE, password: 'x'.repeat(1025) }).success).toBe(false);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['the app scheme', 'ispeks://login'],
    ['not a URL', 'log masuk'],
  ])('activationCompleted refuses a loginUrl that is %s', (_label, loginUrl) => {
    expect(activationCompleted.safeParse({ status: 'activated', loginUrl }).success).toBe(false);
  });

  it('tokenSchema and the link parser agree on what a token is', () => {
    expect(TOKEN).toHaveLength(43);
    for (const token of [TOKEN, 'a'.repeat(32), 'a'.repeat(128), 'a'.repeat(31), 'a'.repeat(129), `${TOKEN.slice(1)}+`, `${TOKEN}=`]) {
      expect(tokenSchema.safeParse(token).success, token).toBe(TOKEN_PATTERN.test(token));
    }
    expect(tokenSchema.safeParse(TOKEN).success).toBe(true);
    expect(tokenSchema.safeParse('a'.repeat(31)).success).toBe(false);
  });

  it('builds the v1 paths', () => {
    expect(API_VERSION_PREFIX).toBe('/v1');
    expect(apiPaths.activationRequests).toBe('/v1/activation-requests');
    expect(apiPaths.activation(TOKEN)).toBe(`/v1/activations/${TOKEN}`);
  });
});
