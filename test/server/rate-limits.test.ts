// How much one client address, and everyone together, may ask of the API in a window; and the
// per-IC resend rule's memory. The addresses are real: Linux routes all of 127.0.0.0/8 to loopback.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../../server/address-limits.ts';
import { ResendLimiter } from '../../server/resend-limiter.ts';
import { PENDING, expectProblem, sendFrom, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** Valid IC numbers of nobody: born 5 May 1991 in Kelantan, serials 0000–9999. */
const unknownIc = (serial: number) => `91050503${String(serial).padStart(4, '0')}`;

async function statuses(responses: Promise<Response>[]) {
  return Promise.all(responses.map(async (response) => (await response).status));
}

/** Statuses of requests sent one after the other. */
async function inTurn(requests: (() => Promise<Response>)[]) {
  const answers: number[] = [];
  for (const request of requests) answers.push((await request()).status);
  return answers;
}

describe('activation requests from one address', () => {
  it('cut a spray of 200 different IC numbers at the per-address limit: 429 with Retry-After, and no e-mail after it', async () => {
    const server = (h = await startHarness());
    const answers: Response[] = [];
    for (let serial = 0; serial < 199; serial += 1) answers.push(await server.requestActivation(unknownIc(serial)));
    answers.push(await server.requestActivation(PENDING.icNumber));
    const accepted = answers.filter((response) => response.status === 202);
    expect(accepted).toHaveLength(DEFAULT_RATE_LIMITS.requestsPerAddress);
    const refused = answers.at(-1)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(DEFAULT_RATE_LIMITS.windowSeconds);
    await expectProblem(refused, 429, 'rate-limited');
    await server.server.settled();
    expect(server.server.outbox.messages()).toEqual([]);
  });

  it('are counted for each address on its own', async () => {
    const server = (h = await startHarness({ limits: { requestsPerAddress: 2 } }));
    expect(await inTurn([0, 1, 2].map((serial) => () => server.requestActivationFrom('127.0.0.2', unknownIc(serial))))).toEqual([202, 202, 429]);
    expect((await server.requestActivationFrom('127.0.0.3', unknownIc(3))).status).toBe(202);
  });

  it('tell IT in the log once per window that a limit was reached, without the address', async () => {
    const server = (h = await startHarness({ limits: { requestsPerAddress: 1 } }));
    for (let serial = 0; serial < 5; serial += 1) await server.requestActivationFrom('127.0.0.2', unknownIc(serial));
    expect(server.logs).toEqual(['limit reached: 1 activation requests per client address in 60 s; more are answered 429 until the window ends']);
  });

  it('start afresh when the window is over', async () => {
    const server = (h = await startHarness({ limits: { requestsPerAddress: 1, windowSeconds: 1 } }));
    expect((await server.requestActivation(unknownIc(0))).status).toBe(202);
    const refused = await server.requestActivation(unknownIc(1));
    expect(refused.headers.get('retry-after')).toBe('1');
    await expectProblem(refused, 429, 'rate-limited');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await server.requestActivation(unknownIc(2))).status).toBe(202);
  });

  it('are remembered for a bounded number of addresses: past it, the least recently seen is forgotten', async () => {
    const server = (h = await startHarness({ limits: { requestsPerAddress: 1, rememberedAddresses: 2 } }));
    const from = (host: number, serial: number) => server.requestActivationFrom(`127.0.0.${host}`, unknownIc(serial));
    expect(await inTurn([() => from(2, 0), () => from(2, 1), () => from(3, 2), () => from(4, 3), () => from(2, 4)])).toEqual([202, 429, 202, 202, 202]);
  });
});

describe('activation requests from every address together', () => {
  it('are capped, bounding the e-mail the service sends; other calls go on', async () => {
    const server = (h = await startHarness({ limits: { requestsPerAddress: 100, requestsOverall: 3 } }));
    const answers = await statuses([2, 3, 4, 5].map((host) => server.requestActivationFrom(`127.0.0.${host}`, unknownIc(host))));
    expect(answers.sort()).toEqual([202, 202, 202, 429]);
    expect((await sendFrom(server.url, '127.0.0.6', 'GET', '/v1/health')).status).toBe(200);
  });

  it('count only what one address was allowed: a flood from one address does not use up everyone else\'s', async () => {
    const server = (h = await startHarness({ limits: { requestsPerAddress: 1, requestsOverall: 3 } }));
    for (let serial = 0; serial < 5; serial += 1) await server.requestActivationFrom('127.0.0.2', unknownIc(serial));
    expect((await server.requestActivationFrom('127.0.0.3', unknownIc(10))).status).toBe(202);
    expect((await server.requestActivationFrom('127.0.0.4', unknownIc(11))).status).toBe(202);
    expect((await server.requestActivationFrom('127.0.0.5', unknownIc(12))).status).toBe(429);
  });
});

describe('every other call from one address', () => {
  it('is limited too, link reads, completions, health and unknown paths alike', async () => {
    const server = (h = await startHarness({ limits: { callsPerAddress: 4 } }));
    const from = (address: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
      sendFrom(server.url, address, method, path, body, headers);
    const token = 'A'.repeat(43);
    expect(
      await statuses([
        from('127.0.0.2', 'GET', `/v1/activations/${token}`),
        from('127.0.0.2', 'POST', `/v1/activations/${token}`, {}, { 'idempotency-key': randomUUID() }),
        from('127.0.0.2', 'GET', '/v1/health'),
        from('127.0.0.2', 'GET', '/nowhere'),
      ]),
    ).toEqual([404, 400, 200, 404]);
    await expectProblem(await from('127.0.0.2', 'GET', '/v1/health'), 429, 'rate-limited');
    expect((await from('127.0.0.3', 'GET', '/v1/health')).status).toBe(200);
  });
});

describe('the client address', () => {
  it('is the connection\'s: an X-Forwarded-For header buys no fresh allowance', async () => {
    const server = (h = await startHarness({ limits: { requestsPerAddress: 1 } }));
    expect((await server.requestActivationFrom('127.0.0.2', unknownIc(0), { 'x-forwarded-for': '10.0.0.1' })).status).toBe(202);
    expect((await server.requestActivationFrom('127.0.0.2', unknownIc(1), { 'x-forwarded-for': '10.0.0.2' })).status).toBe(429);
  });

  it('is the one a trusted proxy names, when the server sits behind one', async () => {
    const server = (h = await startHarness({ limits: { requestsPerAddress: 1 }, trustedProxies: ['127.0.0.2'] }));
    const viaProxy = (client: string, serial: number) => server.requestActivationFrom('127.0.0.2', unknownIc(serial), { 'x-forwarded-for': client });
    expect(await inTurn([() => viaProxy('10.0.0.1', 0), () => viaProxy('10.0.0.2', 1), () => viaProxy('10.0.0.1', 2)])).toEqual([202, 202, 429]);
    // Another machine's header is not believed.
    expect((await server.requestActivationFrom('127.0.0.3', unknownIc(3), { 'x-forwarded-for': '10.0.0.3' })).status).toBe(202);
    expect((await server.requestActivationFrom('127.0.0.3', unknownIc(4), { 'x-forwarded-for': '10.0.0.4' })).status).toBe(429);
  });
});

describe('the per-IC resend rule', () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 2, 2) + seconds * 1000);

  it('remembers at most its capacity of IC numbers, and forgets each once its window is over', () => {
    const limiter = new ResendLimiter(60, 1000);
    for (let serial = 0; serial < 5000; serial += 1) expect(limiter.hit(unknownIc(serial), at(serial / 1000))).toBe(0);
    expect(limiter.size).toBe(1000);
    expect(limiter.hit(unknownIc(4999), at(10))).toBe(55);
    expect(limiter.hit(unknownIc(0), at(70))).toBe(0);
    expect(limiter.size).toBe(1);
  });
});
