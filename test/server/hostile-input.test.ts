// What the API answers to requests no kiosk sends: bytes that are not UTF-8, text that is not
// Unicode, URLs the router cannot read, wrong methods. Each is a problem+json with the security
// headers, and nothing of the request comes back.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PENDING, VALID_BODY, expectProblem, sendRaw, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
let token: string;
beforeEach(async () => {
  h = await startHarness();
  ({ token } = await h.linkFor(PENDING.icNumber));
});
afterEach(async () => {
  await h.stop();
});

const accountStatus = () => h.server.store.state.accounts.find((account) => account.icNumber === PENDING.icNumber)?.status;

/** A completion whose password ends in these raw bytes, sent as they are. */
function completeWithPasswordBytes(bytes: number[]) {
  const [before, after] = JSON.stringify({ ...VALID_BODY, password: `${VALID_BODY.password}\u0000` }).split('\\u0000');
  const body = Buffer.concat([Buffer.from(before ?? ''), Buffer.from(bytes), Buffer.from(after ?? '')]);
  return fetch(`${h.url}/v1/activations/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body,
  });
}

/** A completion whose password ends in this JSON text, e.g. an escape. */
function completeWithPasswordJson(escape: string) {
  const body = JSON.stringify(VALID_BODY).replace(/"password":"([^"]*)"/, `"password":"$1${escape}"`);
  return fetch(`${h.url}/v1/activations/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body,
  });
}

describe('request bodies that are not UTF-8', () => {
  it.each([
    ['a lone continuation byte', [0x80]],
    ['Latin-1 é', [0xe9]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
    ['a sequence cut short', [0xe2, 0x82]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('refuses %s with 400 invalid-request and leaves the link and account as they were', async (_name, bytes) => {
    const problem = await expectProblem(await completeWithPasswordBytes(bytes), 400, 'invalid-request');
    expect(problem.detail).toMatch(/UTF-8/);
    expect(accountStatus()).toBe('pending');
    expect((await h.open(token)).status).toBe(200);
  });

  it('refuses an IC number with a byte that is not UTF-8 as invalid-request, not as a wrong IC number', async () => {
    const body = Buffer.concat([Buffer.from('{"icNumber":"90010103567'), Buffer.from([0xff]), Buffer.from('"}')]);
    const response = await fetch(`${h.url}/v1/activation-requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await expectProblem(response, 400, 'invalid-request');
  });

  it('takes well-formed UTF-8 of every length as it is', async () => {
    const response = await completeWithPasswordBytes([...Buffer.from('é€😀')]);
    expect(response.status).toBe(200);
  });
});

describe('JSON text that is not Unicode', () => {
  it.each([
    ['a lone high surrogate', '\\ud800'],
    ['a lone low surrogate', '\\udfff'],
    ['a pair in the wrong order', '\\udc00\\ud83d'],
    ['a high surrogate followed by a letter', '\\ud83dA'],
  ])('refuses %s escaped in a string with 400 invalid-request', async (_name, escape) => {
    await expectProblem(await completeWithPasswordJson(escape), 400, 'invalid-request');
    expect(accountStatus()).toBe('pending');
  });

  it('takes an escaped surrogate pair, which is one character', async () => {
    expect((await completeWithPasswordJson('\\ud83d\\ude00')).status).toBe(200);
  });

  it('refuses a lone surrogate in a field name too', async () => {
    const response = await fetch(`${h.url}/v1/activation-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"icNumber":"${PENDING.icNumber}","\\ud800":1}`,
    });
    await expectProblem(response, 400, 'invalid-request');
  });
});

describe('requests the router cannot read', () => {
  const get = (target: string) => sendRaw(h.url, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

  it('answers a path with a broken percent escape with 400 invalid-request, echoing nothing', async () => {
    const response = await get('/v1/activations/%ZZEchoMarker');
    const text = await response.clone().text();
    await expectProblem(response, 400, 'invalid-request');
    expect(text).not.toMatch(/EchoMarker|%ZZ|FST_/);
  });

  it('answers a token too long for the router with 414 invalid-request, echoing nothing', async () => {
    const long = `EchoMarker${'A'.repeat(290)}`;
    const response = await get(`/v1/activations/${long}`);
    const text = await response.clone().text();
    await expectProblem(response, 414, 'invalid-request');
    expect(text).not.toMatch(/EchoMarker|AAAA|FST_/);
  });

  it('answers a request line HTTP cannot parse with 400 invalid-request', async () => {
    const response = await sendRaw(h.url, 'GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nEchoMarker without a colon\r\n\r\n');
    const text = await response.clone().text();
    await expectProblem(response, 400, 'invalid-request');
    expect(text).not.toContain('EchoMarker');
  });

  it('answers headers too large to read with 431 invalid-request', async () => {
    const response = await sendRaw(h.url, `GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Echo-Marker: ${'A'.repeat(20_000)}\r\n\r\n`);
    await expectProblem(response, 431, 'invalid-request');
  });

  it('answers a field name it does not know without repeating it', async () => {
    const response = await h.send('POST', '/v1/activation-requests', { icNumber: PENDING.icNumber, zzEchoMarker: 1 });
    const text = await response.clone().text();
    await expectProblem(response, 400, 'invalid-request');
    expect(text).not.toContain('zzEchoMarker');
  });
});

describe('a wrong method on a real path', () => {
  it.each([
    ['GET', '/v1/activation-requests', 'POST'],
    ['PUT', '/v1/activation-requests', 'POST'],
    ['DELETE', '/v1/activations/abc', 'GET, HEAD, POST'],
    ['PATCH', '/v1/activations/abc', 'GET, HEAD, POST'],
    ['POST', '/v1/health', 'GET, HEAD'],
    ['POST', '/activate', 'GET, HEAD'],
  ])('answers %s %s with 405 invalid-request and Allow: %s', async (method, path, allow) => {
    const response = await h.send(method, path);
    expect(response.headers.get('allow')).toBe(allow);
    await expectProblem(response, 405, 'invalid-request');
  });

  it.each([
    ['GET', '/'],
    ['GET', '/v2/activations/abc'],
    ['POST', '/v1/activations/abc/extra'],
  ])('answers %s %s, which is no path of the API, with 404 invalid-request and no Allow', async (method, path) => {
    const response = await h.send(method, path);
    expect(response.headers.get('allow')).toBeNull();
    await expectProblem(response, 404, 'invalid-request');
  });
});
