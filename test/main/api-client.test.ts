// The client against a real HTTP server on 127.0.0.1 that answers whatever each test scripts:
// the contract's answers and the things proxies and broken servers really send.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActivationClient, parseRetryAfter } from '../../main/api-client.ts';

type Reply = (request: IncomingMessage, response: ServerResponse, body: string) => void;

let server: Server;
let baseUrl: string;
let reply: Reply;
let seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];

beforeEach(async () => {
  seen = [];
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

const client = (timeoutMs = 2000) => createActivationClient({ baseUrl, fetch: (request) => fetch(request), timeoutMs });
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

  it('reads Retry-After from a 429', async () => {
    reply = problemReply(429, 'rate-limited', {}, { 'Retry-After': '42' });
    expect(await client().requestActivation('900101035678')).toEqual({ ok: false, error: { code: 'rate-limited', retryAfterSeconds: 42 } });
  });

  it.each([
    ['an HTML error page from a proxy', json(502, '<html><body>Bad Gateway</body></html>', 'text/html'), 502],
    ['an HTML page with status 200', json(200, '<html>Login to the proxy</html>', 'text/html'), 200],
    ['a truncated JSON body', json(200, '{"profile": {"icNumber": "9001', 'application/json'), 200],
    ['JSON of the wrong shape', json(200, { hello: 'world' }), 200],
    ['a problem with an unknown code', problemReply(418, 'teapot'), 418],
    ['a success status the contract does not use', json(204, ''), 204],
  ])('treats %s as a server error, without throwing', async (_name, scripted, status) => {
    reply = scripted;
    expect(await client().getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'server', status } });
  });

  it('reports a service that does not answer in time as a timeout', async () => {
    reply = () => undefined; // never answers
    expect(await client(1000).getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'timeout' } });
  });

  it('reports a service that cannot be reached as a network error', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await client().requestActivation('900101035678')).toEqual({ ok: false, error: { code: 'network' } });
  });

  it('reports a TLS failure as a certificate problem naming the host', async () => {
    reply = json(200, details);
    const tlsClient = createActivationClient({ baseUrl: baseUrl.replace('http:', 'https:'), fetch: (request) => fetch(request), timeoutMs: 2000 });
    expect(await tlsClient.getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'tls', host: new URL(baseUrl).host } });
  });

  it('does not follow a redirect away from the API', async () => {
    reply = json(302, '', 'text/plain', { Location: 'https://evil.example/' });
    expect(await client().getActivation(TOKEN)).toEqual({ ok: false, error: { code: 'server', status: 302 } });
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
