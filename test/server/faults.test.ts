// Fault injection in the reference server, over real HTTP on 127.0.0.1: each fault looks on the
// wire like the real thing, `before` leaves the service untouched, `after` acts and then spoils.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FaultInjector } from '../../server/faults.ts';
import { PENDING, expectProblem, sendFrom, startHarness, VALID_BODY, type Harness } from './harness.ts';

let h: Harness;
afterEach(async () => h?.stop());

const arm = (plan: Record<string, unknown>) =>
  fetch(`${h.url}/dev/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(plan) });
const health = () => fetch(`${h.url}/v1/health`);

describe('fault injection', () => {
  it('is off unless asked for, and refused outright in production', async () => {
    h = await startHarness();
    expect(h.server.faults).toBeNull();
    expect((await arm({ kind: 'http-502', count: 1 })).status).toBe(404);
    expect(await (await health()).json()).toEqual({ status: 'ok' });

    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(startHarness({ dev: false, faults: true })).rejects.toThrow(/NODE_ENV=production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('refuses a Host that is not loopback, as /dev/outbox does', async () => {
    h = await startHarness({ faults: true });
    const plan = { calls: 'health', kind: 'http-502', count: 1 };
    await expectProblem(await sendFrom(h.url, '127.0.0.1', 'POST', '/dev/faults', plan, { host: 'evil.example' }), 403, 'invalid-request');
    expect((await health()).status).toBe(200);
  });

  it('refuses a plan it cannot follow', async () => {
    h = await startHarness({ faults: true });
    expect((await arm({ kind: 'http-502' })).status).toBe(400); // neither count nor share
    expect((await arm({ kind: 'explode', count: 1 })).status).toBe(400);
    expect((await arm({ kind: 'http-502', count: 1, share: 0.5 })).status).toBe(400);
  });

  it.each([
    ['http-500', 500, /^application\/problem\+json/, '"code":"internal"'],
    ['http-502', 502, /^text\/html/, 'Bad Gateway'],
    ['http-503', 503, /^text\/html/, 'Service Unavailable'],
    ['http-429', 429, /^application\/problem\+json/, '"code":"rate-limited"'],
    ['html', 200, /^text\/html/, 'Sign in to the proxy'],
    ['malformed', 200, /^application\/json/, '{"unexpected":"shape"}'],
    ['truncated', 200, /^application\/json/, '{"status":"accepted'],
  ])('%s answers the next call like the real thing, then the service answers again', async (kind, status, type, body) => {
    h = await startHarness({ faults: true });
    expect((await arm({ calls: 'health', kind, count: 1, retryAfterSeconds: 7 })).status).toBe(201);
    const spoilt = await health();
    expect(spoilt.status).toBe(status);
    expect(spoilt.headers.get('content-type')).toMatch(type);
    expect(await spoilt.text()).toContain(body);
    if (kind === 'http-503' || kind === 'http-429') expect(spoilt.headers.get('retry-after')).toBe('7');
    expect(await (await health()).json()).toEqual({ status: 'ok' });
  });

  it('truncates the real answer when it spoils it after the fact', async () => {
    h = await startHarness({ faults: true });
    await arm({ calls: 'health', kind: 'truncated', count: 1, phase: 'after' });
    expect(await (await health()).text()).toBe('{"statu'); // half of {"status":"ok"}
  });

  it('resets the connection, or stays silent until the client gives up', async () => {
    h = await startHarness({ faults: true });
    await arm({ calls: 'health', kind: 'reset', count: 1 });
    await expect(health()).rejects.toThrow(/fetch failed/);
    await arm({ calls: 'health', kind: 'timeout', count: 1, delayMs: 60_000 });
    const started = Date.now();
    await expect(fetch(`${h.url}/v1/health`, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await (await health()).json()).toEqual({ status: 'ok' });
  });

  it('answers late, but answers', async () => {
    h = await startHarness({ faults: true });
    await arm({ calls: 'health', kind: 'late', count: 1, delayMs: 300 });
    const started = Date.now();
    expect((await health()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('before: the completion is not acted on; after: it is, and only the answer is lost', async () => {
    h = await startHarness({ faults: true });
    const { token } = await h.linkFor(PENDING.icNumber);
    await arm({ calls: 'complete', kind: 'http-502', count: 1 });
    expect((await h.complete(token)).status).toBe(502);
    expect(h.server.store.state.accounts.find((a) => a.icNumber === PENDING.icNumber)?.status).toBe('pending');

    const key = randomUUID();
    await arm({ calls: 'complete', kind: 'reset', count: 1, phase: 'after' });
    await expect(h.complete(token, VALID_BODY, key)).rejects.toThrow(/fetch failed/);
    await h.server.settled();
    expect(h.server.store.state.accounts.find((a) => a.icNumber === PENDING.icNumber)?.status).toBe('active');
    // The kiosk's retry with the same key gets the answer it lost.
    expect((await h.complete(token, VALID_BODY, key)).status).toBe(200);
    expect(h.server.store.state.completions).toHaveLength(1);
  });

  it('spoils only the calls it was armed for, as many as asked, and keeps count', async () => {
    h = await startHarness({ faults: true });
    await arm({ calls: 'open', kind: 'http-503', count: 2 });
    expect((await health()).status).toBe(200);
    expect((await h.open('A'.repeat(43))).status).toBe(503);
    expect((await h.open('A'.repeat(43))).status).toBe(503);
    expect((await h.open('A'.repeat(43))).status).toBe(404);
    const status = await (await fetch(`${h.url}/dev/faults`)).json();
    expect(status).toMatchObject({
      armed: [],
      injected: [{ call: 'open', kind: 'http-503', phase: 'before' }, { call: 'open', kind: 'http-503', phase: 'before' }],
      seen: { request: 0, open: 3, complete: 0, health: 1 },
    });
    await fetch(`${h.url}/dev/faults`, { method: 'DELETE' });
    expect(await (await fetch(`${h.url}/dev/faults`)).json()).toMatchObject({ injected: [], seen: { open: 0 } });
  });
});

describe('FaultInjector shares', () => {
  it('divides one draw between the armed shares, after the counted plans', () => {
    const draws = [0.05, 0.15, 0.25, 0.95];
    const injector = new FaultInjector(() => draws.shift()!);
    injector.arm({ kind: 'http-502', share: 0.1 });
    injector.arm({ kind: 'reset', share: 0.1 });
    injector.arm({ kind: 'http-500', count: 1, calls: 'complete' });
    expect(injector.pick('complete')?.kind).toBe('http-500');
    expect([1, 2, 3, 4].map(() => injector.pick('complete')?.kind)).toEqual(['http-502', 'reset', undefined, undefined]);
  });
});
