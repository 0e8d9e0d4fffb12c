import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { securityQuestions } from '../../server/demo-accounts.ts';
import { newToken, verifySecret } from '../../server/hashing.ts';
import { activationDetails } from '../../shared/api-contract.ts';
import { SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';
import { OTHER_PENDING, PENDING, START, VALID_BODY, expectProblem, startHarness } from './harness.ts';
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

const account = (icNumber: string) => h.server.store.state.accounts.find((candidate) => candidate.icNumber === icNumber);

describe('GET /v1/activations/{token}', () => {
  it('answers 200 with exactly the profile, expiry, questions and password policy', async () => {
    const response = await h.open(token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'passwordPolicy', 'profile', 'securityQuestions']);
    expect(activationDetails.parse(body)).toEqual({
      profile: {
        icNumber: PENDING.icNumber,
        name: PENDING.name,
        email: PENDING.email,
        registeredAt: PENDING.registeredAt,
      },
      expiresAt: new Date(START.getTime() + 1800_000).toISOString(),
      securityQuestions,
      passwordPolicy: SEED_PASSWORD_POLICY,
    });
    expect(Object.keys(body.profile as object).sort()).toEqual(['email', 'icNumber', 'name', 'registeredAt']);
  });

  it('does not consume the link: reading it twice still lets the activation complete', async () => {
    expect((await h.open(token)).status).toBe(200);
    expect((await h.open(token)).status).toBe(200);
    expect((await h.complete(token)).status).toBe(200);
  });

  it.each([
    ['an unknown well-formed token', () => newToken()],
    ['a too-short token', () => 'abc'],
    ['a token with characters outside base64url', () => `${'A'.repeat(42)}%21`],
    ['a too-long token', () => 'A'.repeat(200)],
  ])('answers 404 link-not-found for %s', async (_name, makeToken) => {
    await expectProblem(await h.open(makeToken()), 404, 'link-not-found');
    await expectProblem(await h.complete(makeToken()), 404, 'link-not-found');
  });

  it('answers 410 link-expired once the lifetime has passed, not a second before', async () => {
    h.advance(1799);
    expect((await h.open(token)).status).toBe(200);
    h.advance(1);
    await expectProblem(await h.open(token), 410, 'link-expired');
    await expectProblem(await h.complete(token), 410, 'link-expired');
  });

  it('honours a short configured lifetime', async () => {
    await h.stop();
    h = await startHarness({ tokenTtlSeconds: 1 });
    const { token: short } = await h.linkFor(PENDING.icNumber);
    expect((await h.open(short)).status).toBe(200);
    h.advance(1);
    await expectProblem(await h.open(short), 410, 'link-expired');
  });
});

describe('POST /v1/activations/{token}', () => {
  it('activates: 200 with the login URL, account active, password and normalised answers scrypt-hashed', async () => {
    const response = await h.complete(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'activated', loginUrl: `${h.url}/login` });

    const stored = account(PENDING.icNumber);
    expect(stored?.status).toBe('active');
    expect(stored?.activatedAt).toBe(START.toISOString());
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifySecret(VALID_BODY.password, stored?.passwordHash ?? '')).toBe(true);
    expect(await verifySecret('tropika-hujan-2026!', stored?.passwordHash ?? '')).toBe(false);
    expect(stored?.securityAnswers?.map((answer) => answer.questionId)).toEqual(['first-pet', 'childhood-food', 'first-car']);
    const firstAnswerHash = stored?.securityAnswers?.[0]?.answerHash ?? '';
    expect(await verifySecret('si comel', firstAnswerHash)).toBe(true);
    expect(await verifySecret(VALID_BODY.securityAnswers[0]?.answer ?? '', firstAnswerHash)).toBe(false);
  });

  it('salts every hash: the same password for two people gives two different hashes', async () => {
    const { token: other } = await h.linkFor(OTHER_PENDING.icNumber);
    expect((await h.complete(token)).status).toBe(200);
    expect((await h.complete(other)).status).toBe(200);
    const hashes = [account(PENDING.icNumber), account(OTHER_PENDING.icNumber)].map((a) => a?.passwordHash);
    expect(hashes[0]).not.toBe(hashes[1]);
  });

  it('answers the loginUrl it was configured with', async () => {
    await h.stop();
    h = await startHarness({ loginUrl: 'https://ispeks.example.gov.my/log-masuk' });
    const { token: configured } = await h.linkFor(PENDING.icNumber);
    expect(await (await h.complete(configured)).json()).toEqual({
      status: 'activated',
      loginUrl: 'https://ispeks.example.gov.my/log-masuk',
    });
  });

  it('is single use: a second completion with a new key answers 410 link-used, and so does reading it', async () => {
    expect((await h.complete(token)).status).toBe(200);
    await expectProblem(await h.complete(token), 410, 'link-used');
    await expectProblem(await h.open(token), 410, 'link-used');
  });

  it('replays the first answer for the same key and body, byte for byte', async () => {
    const key = randomUUID();
    const first = await h.complete(token, VALID_BODY, key);
    const firstText = await first.text();
    const replay = await h.complete(token, VALID_BODY, key);
    expect(replay.status).toBe(first.status);
    expect(replay.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await replay.text()).toBe(firstText);
    expect(JSON.parse(firstText)).toEqual({ status: 'activated', loginUrl: `${h.url}/login` });
  });

  it('takes the Idempotency-Key as the UUID it is: the same key in capitals gets the stored answer', async () => {
    const key = randomUUID();
    const first = await h.complete(token, VALID_BODY, key);
    const firstText = await first.text();
    const replay = await h.complete(token, VALID_BODY, key.toUpperCase());
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe(firstText);
    const mixed = await h.complete(token, VALID_BODY, `${key.slice(0, 8).toUpperCase()}${key.slice(8)}`);
    expect(mixed.status).toBe(200);
  });

  it('answers 422 idempotency-conflict for the same key with another body or another link', async () => {
    const key = randomUUID();
    expect((await h.complete(token, VALID_BODY, key)).status).toBe(200);
    const otherPassword = { ...VALID_BODY, password: 'Another-Secret-2026!' };
    await expectProblem(await h.complete(token, otherPassword, key), 422, 'idempotency-conflict');
    const { token: otherToken } = await h.linkFor(OTHER_PENDING.icNumber);
    await expectProblem(await h.complete(otherToken, VALID_BODY, key), 422, 'idempotency-conflict');
    expect(account(OTHER_PENDING.icNumber)?.status).toBe('pending');
  });

  it.each([
    ['missing', undefined],
    ['not a UUID', 'retry-1'],
    ['empty', ''],
  ])('answers 400 invalid-request when the Idempotency-Key is %s', async (_name, key) => {
    const headers: Record<string, string> = key === undefined ? {} : { 'idempotency-key': key };
    await expectProblem(await h.send('POST', `/v1/activations/${token}`, VALID_BODY, headers), 400, 'invalid-request');
    expect((await h.open(token)).status).toBe(200);
  });

  it.each([
    ['no body', undefined],
    ['answers that are not a list', { securityAnswers: 'first-pet', password: VALID_BODY.password }],
    ['no password', { securityAnswers: VALID_BODY.securityAnswers }],
    ['an extra field', { ...VALID_BODY, passwordRepeat: VALID_BODY.password }],
    ['more than ten answers', { ...VALID_BODY, securityAnswers: Array(11).fill(VALID_BODY.securityAnswers[0]) }],
  ])('answers 400 invalid-request for %s', async (_name, body) => {
    const response = await h.send('POST', `/v1/activations/${token}`, body, { 'idempotency-key': randomUUID() });
    await expectProblem(response, 400, 'invalid-request');
  });

  it('answers 422 policy-violation listing every broken rule at once, and leaves the link usable', async () => {
    const body = {
      securityAnswers: [
        { questionId: 'first-pet', answer: 'Comel' },
        { questionId: 'first-pet', answer: '   ' },
      ],
      password: 'abc',
    };
    const problem = await expectProblem(await h.complete(token, body), 422, 'policy-violation');
    expect(problem.violations).toEqual([
      { field: 'securityAnswers', rule: 'count' },
      { field: 'securityAnswers.1.questionId', rule: 'question-duplicate' },
      { field: 'securityAnswers.1.answer', rule: 'answer-empty' },
      { field: 'password', rule: 'minLength' },
      { field: 'password', rule: 'uppercase' },
      { field: 'password', rule: 'digit' },
      { field: 'password', rule: 'special' },
      { field: 'password', rule: 'password-common-word' },
    ]);
    expect((await h.open(token)).status).toBe(200);
    expect(account(PENDING.icNumber)?.status).toBe('pending');
  });

  it('reports unknown and repeated questions, too-long answers and a too-long password', async () => {
    const body = {
      securityAnswers: [
        { questionId: 'first-car', answer: 'Kancil' },
        { questionId: 'mothers-maiden-name', answer: 'x'.repeat(41) },
        { questionId: 'first-car', answer: 'Kelisa' },
        { questionId: 'first-pet', answer: 'Oyen' },
      ],
      password: 'a'.repeat(129),
    };
    const problem = await expectProblem(await h.complete(token, body), 422, 'policy-violation');
    expect(problem.violations).toEqual([
      { field: 'securityAnswers', rule: 'count' },
      { field: 'securityAnswers.1.questionId', rule: 'question-unknown' },
      { field: 'securityAnswers.1.answer', rule: 'answer-too-long' },
      { field: 'securityAnswers.2.questionId', rule: 'question-duplicate' },
      { field: 'password', rule: 'maxLength' },
      { field: 'password', rule: 'uppercase' },
      { field: 'password', rule: 'digit' },
      { field: 'password', rule: 'special' },
      { field: 'password', rule: 'password-sequence' },
    ]);
  });

  it('lets the key of a rejected attempt be used again with a corrected body', async () => {
    const key = randomUUID();
    await expectProblem(await h.complete(token, { ...VALID_BODY, password: 'short' }, key), 422, 'policy-violation');
    expect((await h.complete(token, VALID_BODY, key)).status).toBe(200);
  });

  it('gives two simultaneous retries with one key the same answer', async () => {
    const key = randomUUID();
    const responses = await Promise.all([h.complete(token, VALID_BODY, key), h.complete(token, VALID_BODY, key)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const [first, second] = await Promise.all(responses.map((response) => response.text()));
    expect(second).toBe(first);
  });

  it('lets only one of two simultaneous completions with different keys win', async () => {
    const responses = await Promise.all([h.complete(token), h.complete(token)]);
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 410]);
    const loser = responses.find((response) => response.status === 410);
    if (loser) await expectProblem(loser, 410, 'link-used');
  });
});
