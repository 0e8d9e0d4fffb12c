// The client against a real HTTP server on 127.0.0.1 that answers whatever each test scripts:
// the contract's answers and the things proxies and broken servers really send.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActivationClient, type ApiClientOptions } from '../../main/api-client.ts';
import { parseRetryAfter } from '../../main/api-outcomes.ts';
import { createLogger } from '../../main/log.ts';

type Reply = (request: IncomingMessage, response: ServerResponse, body: string) => void;

let server: Server;
let baseUrl: string;
let reply: Reply;
let seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
let sleeps: number[];
let logLines: string[];

beforeEach(async () => {
  seen = [];
  sleeps = [];
  logLines = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      reply(request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

// Real HTTP and real timeouts; the pauses between attempts are recorded instead of waited out.
const client = (timeoutMs = 2000, options: Partial<ApiClientOptions> = {}) =>
  createActivationClient({
    baseUrl,
    fetch: (request) => fetch(request),
    timeoutMs,
    runtime: { now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    logger: createLogger((level, line) => logLines.push(`${level} ${line}`)),
    ...options,
  });
/** Answers each request with the next reply, the last one for ever after. */
const inTurn = (...replies: Reply[]): Reply => (req, res, body) => (replies.length > 1 ? replies.shift()! : replies[0]!)(req, res, body);
const reset: Reply = (req) => req.socket.destroy();
const json = (status: number, body: unknown, type = 'application/json', headers: Record<string, string> = {}): Reply => (_req, res) => {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};
const problemReply = (status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  json(status, { type: `urn:ispeks:problem:${code}`, title: code, status, code, ...extra }, 'application/problem+json', headers);

const TOKEN = 'A'.repeat(43);
const details = {
  profile: { icNumber: '900101035678', name: 'Nur Demo', email: 'nur@demo.ispeks.invalid', registeredAt: '2024-03-15T09:30:00+08:00' },
  expiresAt: '2026-11-24T12:30:00+08:00',
  securityQuestions: [1, 2, 3].map((n) => ({ id: `q${n}`, text: { ms: `Soalan ${n}?`, en: `Question ${n}?` } })),
  passwordPolicy: { minLength: 12, maxLength: 128, lowercase: true, uppercase: true, digit: true, special: true },
};

describe('activation API client', () => {
  it('sends each call as the contract says and parses the answers', async () => {
    reply = (req, res, body) => {
      if (req.url === '/v1/activation-requests') return json(202, { status: 'accepted', expiresInSeconds: 1800, retryAfterSeconds: 60 })(req, res, body);
      if (req.method === 'GET') return json(200, details)(req, res, body);
      return json(200, { status: 'activated', loginUrl: 'https://ispeks.example.gov.my/login' })(req, res, body);
    };
    const api = client();
    expect(await api.requestActivation('900101035678')).toEqual({ ok: true, value: { status: 'accepted', expiresInSeconds: 1800, retryAfterSeconds: 60 } });
    expect(await api.getActivation(TOKEN)).toEqual({ ok: true, value: details });
    const answers = [{ questionId: 'q1', answer: 'kucing' }];
    expect(await api.completeActivation(TOKEN, '6f1c1b8e-9a4b-4c43-8a57-3f3d2b1c0a11', { securityAnswers: answers, password: 'x' })).toEqual({
      ok: true,
      value: { status: 'activated', loginUrl: 'https://ispeks.example.gov.my/login' },
    });
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /v1/activation-requests',
      `GET /v1/activations/${TOKEN}`,
      `POST /v1/activations/${TOKEN}`,
    ]);
    expect(JSON.parse(seen[0]!.body)).toEqual({ icNumber: '900101035678' });
    expect(seen[2]!.headers['idempotency-key']).toBe('6f1c1b8e-9a4b-4c43-8a57-3f3d2b1c0a11');
    expect(JSON.parse(seen[2]!.body)).toEqual({ securityAnswers: answers, password: 'x' });
  });

  it.each([
    ['link-not-found', 404, { code: 'link-not-found' }],
    ['link-expired', 410, { code: 'link-expired' }],
    ['link-used', 410, { code: 'link-used' }],
    ['already-active', 409, { code: 'already-active' }],
    ['invalid-request', 400, { code: 'invalid-input' }],
    ['internal', 500, { code: 'server', status: 500 }],
  ])('maps the problem %s to an error the kiosk understands', async (code, status, expected) => {
    reply = problemReply(status, code);
    expect(await client().getActivation(TOKEN)).toEqual({ ok: false, error: expected });
  });

  it('keeps every violation of a 422', async () => {
    const violations = [{ field: 'password', rule: 'uppercase' }, { field: 'securityAnswers.1.questionId', rule: 'question-duplicate' }];
    reply = problemReply(422, 'policy-violation', { violations });
    expect(await client().completeActivation(TOKEN, crypto.randomUUID(), { securityAnswers: [], password: '' })).toEqual({
      ok: false,
      error: { code: 'policy-violation', violations },
    });
  });

  it('reads Retry-After from a 429, and leaves a wait longer than 10 s to the person', async () => {
    reply = problemReply(429, 'rate-limited', {}, { 'Retry-After': '42' });
    expect(await client().requestActivation('900101035678')).toEqual({ ok: false, error: { code: 'rate-limited', retryAfterSeconds: 42 } });
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['a single sign-on gateway asking to log in', json(401, '<html>Sign in</html>', 'text/html'), 401],
    ["a firewall's 403", json(403, 'Forbidden', 'text/plain'), 403],
    ['a problem with a code this API does not use', problemReply(418, 'teapot'), 418],
  ])('reports %s as refused, not retried', async (_name, scripted, status) => {
    reply = scripted;
    expect(await client().getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'refused', status } });
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['net::ERR_CONNECTION_REFUSED', { code: 'network' }, 4],
    ['net::ERR_INTERNET_DISCONNECTED', { code: 'network' }, 4],
    ['net::ERR_NAME_NOT_RESOLVED', { code: 'network' }, 4],
    ['net::ERR_CONNECTION_RESET', { code: 'network' }, 1],
    ['net::ERR_TIMED_OUT', { code: 'timeout' }, 1],
    ['net::ERR_CERT_AUTHORITY_INVALID', { code: 'tls', host: 'ispeks.example.gov.my' }, 1],
    ['net::ERR_PROXY_AUTH_REQUESTED', { code: 'refused', status: 407 }, 1],
  ])("understands Electron's %s (asking for an e-mail: repeated only if it never left)", async (message, error, attempts) => {
    let calls = 0;
    const electronLike = client(2000, { baseUrl: 'https://ispeks.example.gov.my', fetch: async () => (calls++, Promise.reject(new Error(message))) });
    expect(await electronLike.requestActivation('900101035678')).toEqual({ ok: false, error });
    expect(calls).toBe(attempts);
  });

  it('reports a 503 as the service being unavailable, with its wait', async () => {
    reply = json(503, '<html>Service Unavailable</html>', 'text/html', { 'Retry-After': '120' });
    expect(await client().getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'service-unavailable', retryAfterSeconds: 120 } });
    reply = json(503, '<html>Service Unavailable</html>', 'text/html');
    expect(await client().getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'service-unavailable', retryAfterSeconds: 30 } });
  });

  it.each([
    ['an HTML error page from a proxy', json(502, '<html><body>Bad Gateway</body></html>', 'text/html'), 502],
    ['an HTML page with status 200', json(200, '<html>Login to the proxy</html>', 'text/html'), 200],
    ['a truncated JSON body', json(200, '{"profile": {"icNumber": "9001', 'application/json'), 200],
    ['JSON of the wrong shape', json(200, { hello: 'world' }), 200],
    ['a success status the contract does not use', json(204, ''), 204],
  ])('treats %s as a server error, without throwing', async (_name, scripted, status) => {
    reply = scripted;
    expect(await client().getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'server', status } });
  });

  it('reports a service that does not answer in time as a timeout, and does not ask for a second e-mail', async () => {
    reply = () => undefined; // never answers
    expect(await client(1000).requestActivation('900101035678')).toEqual({ ok: false, error: { code: 'timeout' } });
    expect(seen).toHaveLength(1);
  });

  it('reports a service that cannot be reached as a network error, after trying four times', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    let calls = 0;
    const counting = client(2000, { fetch: (request) => (calls++, fetch(request)) });
    expect(await counting.requestActivation('900101035678')).toEqual({ ok: false, error: { code: 'network' } });
    // The request never left: even the call that must happen once is tried again.
    expect(calls).toBe(4);
    expect(sleeps).toEqual([375, 750, 1500]);
  });

  it('reports a TLS failure as a certificate problem naming the host', async () => {
    reply = json(200, details);
    const tlsClient = client(2000, { baseUrl: baseUrl.replace('http:', 'https:') });
    expect(await tlsClient.getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'tls', host: new URL(baseUrl).host } });
    expect(sleeps).toEqual([]);
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toMatch(/^warn api\.call call=open method=GET path=\/v1\/activations\/\{token\} attempt=1 durationMs=\d+ error=tls failure=final host=127\.0\.0\.1:\d+$/);
  });

  it('refuses to send anything over plain http to a host that is not this machine', async () => {
    let calls = 0;
    const insecure = client(2000, { baseUrl: 'http://ispeks.example.gov.my', fetch: (request) => (calls++, fetch(request)) });
    expect(await insecure.getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'configuration' } });
    expect(calls).toBe(0);
  });

  it('does not follow a redirect away from the API', async () => {
    reply = json(302, '', 'text/plain', { Location: 'https://evil.example/' });
    expect(await client().getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'server', status: 302 } });
  });
});

describe('retries', () => {
  const activated = json(200, { status: 'activated', loginUrl: 'https://ispeks.example.gov.my/login' });
  const body = { securityAnswers: [{ questionId: 'q1', answer: 'kucing' }], password: 'x' };
  const KEY = '6f1c1b8e-9a4b-4c43-8a57-3f3d2b1c0a11';

  it('reads a link again after gateway errors', async () => {
    reply = inTurn(json(502, '<html>Bad Gateway</html>', 'text/html'), json(504, '', 'text/plain'), json(200, details));
    expect(await client().getActivation(TOKEN)).toEqual({ ok: true, value: details });
    expect(seen).toHaveLength(3);
    expect(sleeps).toEqual([375, 750]);
  });

  it('repeats a completion whose connection broke, with the same Idempotency-Key and body', async () => {
    reply = inTurn(reset, activated);
    expect((await client().completeActivation(TOKEN, KEY, body)).ok).toBe(true);
    expect(seen.map((request) => request.headers['idempotency-key'])).toEqual([KEY, KEY]);
    expect(seen.map((request) => JSON.parse(request.body))).toEqual([body, body]);
  });

  it('repeats a completion that timed out: the key makes the repeat safe', async () => {
    reply = inTurn(() => undefined, activated);
    expect((await client(1000).completeActivation(TOKEN, KEY, body)).ok).toBe(true);
    expect(seen).toHaveLength(2);
  });

  it('waits out a short Retry-After before asking again', async () => {
    reply = inTurn(problemReply(429, 'rate-limited', {}, { 'Retry-After': '3' }), json(503, 'busy', 'text/plain', { 'Retry-After': '2' }), activated);
    expect((await client().completeActivation(TOKEN, KEY, body)).ok).toBe(true);
    expect(sleeps).toEqual([3000, 2000]);
  });

  it('asks for an e-mail once when the connection broke or a gateway failed: the first may have been sent', async () => {
    for (const failure of [reset, json(502, '<html>Bad Gateway</html>', 'text/html')]) {
      seen = [];
      reply = failure;
      expect((await client().requestActivation('900101035678')).ok).toBe(false);
      expect(seen).toHaveLength(1);
    }
  });

  it('does not repeat a refusal of the service itself', async () => {
    reply = problemReply(410, 'link-used');
    expect(await client().completeActivation(TOKEN, KEY, body)).toEqual({ ok: false, error: { code: 'link-used' } });
    expect(seen).toHaveLength(1);
  });

  it('logs each attempt with the path template, never the token, the key or the body', async () => {
    reply = inTurn(json(502, '<html>Bad Gateway</html>', 'text/html'), activated);
    await client().completeActivation(TOKEN, KEY, body);
    expect(logLines.map((line) => line.replace(/durationMs=\d+/, 'durationMs=…'))).toEqual([
      'warn api.call call=complete method=POST path=/v1/activations/{token} attempt=1 status=502 durationMs=… error=server failure=status retryInMs=375',
      'info api.call call=complete method=POST path=/v1/activations/{token} attempt=2 status=200 durationMs=…',
    ]);
    const log = logLines.join('\n');
    for (const secret of [TOKEN, KEY, 'kucing']) expect(log).not.toContain(secret);
  });

  it('checks the service with one quick call', async () => {
    reply = json(200, { status: 'ok' });
    expect(await client().checkHealth()).toEqual({ ok: true, value: { status: 'ok' } });
    reply = json(502, '<html>Bad Gateway</html>', 'text/html');
    expect(await client().checkHealth()).toEqual({ ok: false, error: { code: 'server', status: 502 } });
    expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual(['GET /v1/health', 'GET /v1/health']);
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  it.each([
    ['30', 30],
    ['0', 1],
    ['999999', 3600],
    ['Tue, 24 Nov 2026 10:01:30 GMT', 90],
    ['soon', 60],
    [undefined, 60],
  ])('reads %s as %i seconds', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});

describe('the short code exchange', () => {
  it('sends the IC number and the code, and reads the token back', async () => {
    reply = json(200, { token: TOKEN, expiresAt: '2026-11-24T12:30:00+08:00' });
    expect(await client().exchangeCode('900101035678', '7K3M9QXD')).toEqual({ ok: true, value: { token: TOKEN, expiresAt: '2026-11-24T12:30:00+08:00' } });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/v1/activation-codes/exchange' });
    expect(JSON.parse(seen[0]!.body)).toEqual({ icNumber: '900101035678', code: '7K3M9QXD' });
    // The path only: never the IC number or the code.
    expect(logLines.join('\n')).not.toMatch(/900101035678|7K3M9QXD/);
  });

  it('does not send a code again when the answer timed out: a wrong code counts each time', async () => {
    reply = () => undefined;
    expect(await client(200).exchangeCode('900101035678', '7K3M9QXD')).toEqual({ ok: false, error: { code: 'timeout' } });
    expect(seen).toHaveLength(1);
  });

  it('passes the service\'s refusals on: not found, expired, used, too many attempts', async () => {
    for (const [status, code, expected] of [
      [404, 'link-not-found', { code: 'link-not-found' }],
      [410, 'link-expired', { code: 'link-expired' }],
      [410, 'link-used', { code: 'link-used' }],
      [429, 'rate-limited', { code: 'rate-limited', retryAfterSeconds: 900 }],
    ] as const) {
      reply = problemReply(status, code, {}, { 'Retry-After': '900' });
      expect(await client().exchangeCode('900101035678', '7K3M9QXD')).toEqual({ ok: false, error: expected });
    }
  });

  it('is offered only by a service whose route refuses an empty body as invalid', async () => {
    reply = problemReply(400, 'invalid-request');
    expect(await client().offersCodeExchange()).toBe(true);
    expect(JSON.parse(seen[0]!.body)).toEqual({});
    reply = problemReply(404, 'link-not-found');
    expect(await client().offersCodeExchange()).toBe(false);
    reply = json(404, '<html>Not Found</html>', 'text/html');
    expect(await client().offersCodeExchange()).toBe(false);
    reply = json(405, '', 'text/plain');
    expect(await client().offersCodeExchange()).toBe(false);
    reply = reset;
    expect(await client().offersCodeExchange()).toBeNull();
  });
});
