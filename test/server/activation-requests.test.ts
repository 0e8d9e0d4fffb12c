import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LINKS_KEPT } from '../../server/activations.ts';
import { ACTIVE, OTHER_PENDING, PENDING, UNREGISTERED_IC, expectProblem, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

describe('POST /v1/activation-requests', () => {
  it('answers 202 with the same status, headers and body whether or not the IC number is registered', async () => {
    const registered = await h.requestActivation(PENDING.icNumber);
    const unregistered = await h.requestActivation(UNREGISTERED_IC);
    const summary = async (response: Response) => ({
      status: response.status,
      contentType: response.headers.get('content-type'),
      retryAfter: response.headers.get('retry-after'),
      body: await response.text(),
    });
    const first = await summary(registered);
    expect(first).toEqual({
      status: 202,
      contentType: 'application/json; charset=utf-8',
      retryAfter: null,
      body: '{"status":"accepted","expiresInSeconds":1800,"retryAfterSeconds":60}',
    });
    expect(await summary(unregistered)).toEqual(first);
  });

  it('e-mails only the registered person', async () => {
    await h.requestActivation(UNREGISTERED_IC);
    await h.requestActivation(PENDING.icNumber);
    await h.server.settled();
    expect(h.server.outbox.messages().map((message) => message.to)).toEqual([PENDING.email]);
  });

  it('reports the configured link lifetime and resend wait', async () => {
    await h.stop();
    h = await startHarness({ tokenTtlSeconds: 600, rateLimitSeconds: 30 });
    const response = await h.requestActivation(PENDING.icNumber);
    expect(await response.json()).toEqual({ status: 'accepted', expiresInSeconds: 600, retryAfterSeconds: 30 });
  });

  it.each([
    ['90010103567', 'length'],
    ['9001010356789', 'length'],
    ['90010103567X', 'characters'],
    ['900101-03-5678', 'characters'],
    ['901301035678', 'date'],
    ['900230035678', 'date'],
    ['010229035678', 'date'],
    ['900101005678', 'place-of-birth'],
    ['900101175678', 'place-of-birth'],
    ['900101805678', 'place-of-birth'],
  ])('rejects %s with 400 invalid-ic-number (%s)', async (icNumber, rule) => {
    const body = await expectProblem(await h.requestActivation(icNumber), 400, 'invalid-ic-number');
    expect(body.violations).toEqual([{ field: 'icNumber', rule }]);
  });

  it('accepts 29 February of a leap year', async () => {
    expect((await h.requestActivation('000229035678')).status).toBe(202);
  });

  it.each([
    ['no body', undefined],
    ['an empty object', {}],
    ['a number', { icNumber: 900101035678 }],
    ['an extra field', { icNumber: PENDING.icNumber, email: PENDING.email }],
    ['an array', [PENDING.icNumber]],
  ])('rejects %s with 400 invalid-request', async (_name, body) => {
    await expectProblem(await h.send('POST', '/v1/activation-requests', body), 400, 'invalid-request');
  });

  it('rejects malformed JSON with 400 invalid-request', async () => {
    const response = await fetch(`${h.url}/v1/activation-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"icNumber": "900101035678"',
    });
    await expectProblem(response, 400, 'invalid-request');
  });

  it('rejects a body that is not JSON with 415 invalid-request', async () => {
    const response = await fetch(`${h.url}/v1/activation-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<icNumber>900101035678</icNumber>',
    });
    await expectProblem(response, 415, 'invalid-request');
  });

  it('answers a repeat within the window with 429 and the seconds left in Retry-After', async () => {
    expect((await h.requestActivation(PENDING.icNumber)).status).toBe(202);
    const immediately = await h.requestActivation(PENDING.icNumber);
    expect(immediately.headers.get('retry-after')).toBe('60');
    await expectProblem(immediately, 429, 'rate-limited');

    h.advance(45.5);
    const later = await h.requestActivation(PENDING.icNumber);
    expect(later.headers.get('retry-after')).toBe('15');
    await expectProblem(later, 429, 'rate-limited');

    h.advance(14.5);
    expect((await h.requestActivation(PENDING.icNumber)).status).toBe(202);
    await h.server.settled();
    expect(h.server.outbox.messages()).toHaveLength(2);
  });

  it('rate-limits unregistered IC numbers the same way', async () => {
    expect((await h.requestActivation(UNREGISTERED_IC)).status).toBe(202);
    const repeat = await h.requestActivation(UNREGISTERED_IC);
    expect(repeat.headers.get('retry-after')).toBe('60');
    await expectProblem(repeat, 429, 'rate-limited');
  });

  it('never sends Retry-After below 1 second', async () => {
    await h.requestActivation(PENDING.icNumber);
    h.advance(59.9);
    expect((await h.requestActivation(PENDING.icNumber)).headers.get('retry-after')).toBe('1');
  });

  it('limits each IC number on its own', async () => {
    expect((await h.requestActivation(PENDING.icNumber)).status).toBe(202);
    expect((await h.requestActivation(OTHER_PENDING.icNumber)).status).toBe(202);
  });

  it('keeps the earlier link working: whoever asks again cannot void the link a person is using', async () => {
    const { token: older } = await h.linkFor(PENDING.icNumber);
    h.advance(61);
    const { token: newer } = await h.linkFor(PENDING.icNumber);
    expect(newer).not.toBe(older);
    expect((await h.open(older)).status).toBe(200);
    expect((await h.open(newer)).status).toBe(200);
    expect((await h.complete(older)).status).toBe(200);
    // The activation voids every other link of the account.
    await expectProblem(await h.open(newer), 410, 'link-used');
    await expectProblem(await h.complete(newer), 410, 'link-used');
  });

  it('lets each link expire at its own time', async () => {
    const { token: older } = await h.linkFor(PENDING.icNumber);
    h.advance(61);
    const { token: newer } = await h.linkFor(PENDING.icNumber);
    h.advance(1800 - 61);
    await expectProblem(await h.open(older), 410, 'link-expired');
    expect((await h.open(newer)).status).toBe(200);
  });

  it(`keeps the newest ${LINKS_KEPT} links of an account: one more voids the oldest`, async () => {
    const tokens: string[] = [];
    for (let count = 0; count <= LINKS_KEPT; count += 1) {
      tokens.push((await h.linkFor(PENDING.icNumber)).token);
      h.advance(61);
    }
    await expectProblem(await h.open(tokens[0]!), 410, 'link-used');
    for (const kept of tokens.slice(1)) expect((await h.open(kept)).status).toBe(200);
  });

  it('e-mails the owner of an active account a link that answers 409 already-active', async () => {
    const { token } = await h.linkFor(ACTIVE.icNumber);
    const message = h.server.outbox.messages().at(-1);
    expect(message?.to).toBe(ACTIVE.email);
    expect(message?.subject).toContain('sudah aktif');
    expect(message?.text).toContain(`${h.url}/activate?token=${token}`);
    expect(message?.text).toContain(`ispeks://activate?token=${token}`);
    await expectProblem(await h.open(token), 409, 'already-active');
    await expectProblem(await h.complete(token), 409, 'already-active');
  });
});
