// Generated requests against a real server, as a fuzzer driven by docs/openapi.json would send
// them: whatever the body, path, key or bytes, the answer is the documented success or a documented
// problem+json status, never a 5xx, with the security headers, and repeats nothing of the request.
// Seeded (test/property.ts): the seed is printed, and PROPERTY_SEED=<seed> repeats a run.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityQuestions } from '../../server/demo-accounts.ts';
import { buildOpenApiDocument } from '../../server/openapi.ts';
import { PENDING, expectProblem, sendRaw, startHarness, type Harness } from './harness.ts';
import { PROPERTY_SEED } from '../property.ts';

const seed = PROPERTY_SEED;
const RUNS = 100;
console.log(`api-properties: fast-check seed ${seed} (PROPERTY_SEED=${seed} repeats this run)`);

const document = buildOpenApiDocument();
type Operation = { responses: Record<string, unknown> };
const documented = (operation: Operation) => Object.keys(operation.responses).map(Number);

let h: Harness;
let token: string;
let code: string;
beforeAll(async () => {
  const plenty = 1_000_000;
  h = await startHarness({ limits: { requestsPerAddress: plenty, requestsOverall: plenty, exchangesPerAddress: plenty, callsPerAddress: plenty } });
  ({ token, code } = await h.linkFor(PENDING.icNumber));
});
afterAll(async () => {
  await h.stop();
});

/** Strings no answer could hold by chance: if one comes back, the request was echoed. */
const MARKER = /^[a-z]{4}[0-9]{4}[a-z]{4}$/;
const marker = fc.stringMatching(MARKER);
const markersIn = (value: unknown): string[] => {
  if (typeof value === 'string') return MARKER.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(markersIn);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, field]) => [...markersIn(key), ...markersIn(field)]);
  return [];
};

// Any text, including lone surrogates (JSON.stringify writes them as \u escapes), and markers.
const text = fc.oneof(marker, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 300 }));
const withExtraFields = <T extends Record<string, unknown>>(body: fc.Arbitrary<T>) =>
  fc.tuple(body, fc.dictionary(marker, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 })).map(([known, extra]) => ({ ...known, ...extra }));

const activationRequestBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  withExtraFields(fc.record({ icNumber: fc.oneof(fc.stringMatching(/^[0-9]{12}$/), text, fc.integer()) }, { requiredKeys: [] })),
);
const answerRow = fc.record(
  { questionId: fc.oneof(fc.constantFrom(...securityQuestions.map((question) => question.id)), text), answer: text },
  { requiredKeys: [] },
);
const completionBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  withExtraFields(fc.record({ securityAnswers: fc.array(answerRow, { maxLength: 12 }), password: text }, { requiredKeys: [] })),
);
const codeExchangeBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  withExtraFields(
    fc.record(
      {
        icNumber: fc.oneof(fc.constant(PENDING.icNumber), fc.stringMatching(/^[0-9]{12}$/), text, fc.integer()),
        code: fc.oneof(fc.constant('real'), fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/), text),
      },
      { requiredKeys: [] },
    ),
  ),
);
/** The body as sent: its JSON, sometimes with bytes that are not UTF-8 spliced in. */
const encoded = (body: fc.Arbitrary<unknown>) =>
  fc.tuple(body, fc.option(fc.uint8Array({ minLength: 1, maxLength: 4 }), { freq: 4 }), fc.nat()).map(([value, bytes, at]) => {
    const json = Buffer.from(JSON.stringify(value) ?? 'null');
    if (!bytes) return { value, payload: json };
    const cut = at % (json.length + 1);
    return { value, payload: Buffer.concat([json.subarray(0, cut), Buffer.from(bytes), json.subarray(cut)]) };
  });
const tokenSegment = fc.oneof(
  fc.constant('real'),
  marker,
  fc.stringMatching(/^[A-Za-z0-9_-]{1,300}$/),
  fc.string({ unit: 'grapheme', maxLength: 80 }).map(encodeURIComponent),
);
const idempotencyKey = fc.oneof(fc.tuple(fc.uuid(), fc.boolean()).map(([uuid, upper]) => (upper ? uuid.toUpperCase() : uuid)), marker, fc.constant(undefined));

/** The checks every answer meets; `sent` are the markers the request carried. */
async function expectDocumented(response: Response, operation: Operation, success: number, sent: string[]) {
  expect(documented(operation)).toContain(response.status);
  if (response.status === success) return;
  const body = await response.clone().text();
  const problem = await expectProblem(response, response.status, JSON.parse(body).code);
  expect(problem.status).toBeGreaterThanOrEqual(400);
  expect(problem.status).toBeLessThan(500);
  for (const value of sent) expect(body).not.toContain(value);
}

const paths = document.paths;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

describe('generated requests', () => {
  it('POST /v1/activation-requests: any body answers 202 or a documented 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(encoded(activationRequestBody), async ({ value, payload }) => {
        const response = await fetch(`${h.url}/v1/activation-requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
        await expectDocumented(response, paths['/v1/activation-requests'].post, 202, markersIn(value));
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('POST /v1/activation-codes/exchange: any body answers 200 or a documented 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(encoded(codeExchangeBody.map((body) => (isRecord(body) && body.code === 'real' ? { ...body, code } : body))), async ({ value, payload }) => {
        const response = await fetch(`${h.url}/v1/activation-codes/exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
        await expectDocumented(response, paths['/v1/activation-codes/exchange'].post, 200, markersIn(value));
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('POST /v1/activations/{token}: any token, key and body answers 200 or a documented 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(tokenSegment, idempotencyKey, encoded(completionBody), async (segment, key, { value, payload }) => {
        const headers: Record<string, string> = { 'content-type': 'application/json', ...(key === undefined ? {} : { 'idempotency-key': key }) };
        const response = await fetch(`${h.url}/v1/activations/${segment === 'real' ? token : segment}`, { method: 'POST', headers, body: payload });
        const sent = [...markersIn(value), ...markersIn(segment), ...markersIn(key)];
        await expectDocumented(response, paths['/v1/activations/{token}'].post, 200, sent);
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('GET /v1/activations/{token}: any path segment, even bytes no URL should hold, answers 200 or a documented 4xx problem', async () => {
    const rawSegment = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) =>
      Buffer.from(bytes.filter((byte) => byte > 0x20 && byte !== 0x7f && byte !== 0x2f && byte !== 0x3f && byte !== 0x23)),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(tokenSegment.map((segment) => Buffer.from(segment === 'real' ? token : segment)), rawSegment), async (segment) => {
        if (segment.length === 0) return;
        const request = Buffer.concat([Buffer.from('GET /v1/activations/'), segment, Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]);
        const response = await sendRaw(h.url, request);
        await expectDocumented(response, paths['/v1/activations/{token}'].get, 200, markersIn(segment.toString('latin1')));
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('any method on any path answers a 4xx problem unless it is an operation of the API', async () => {
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS');
    const path = fc.oneof(
      fc.constantFrom('/v1/health', '/v1/activation-requests', '/v1/activation-codes/exchange', `/v1/activations/${randomUUID()}`, '/v2/health', '/'),
      fc.array(fc.oneof(marker, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map(encodeURIComponent)), { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
    );
    await fc.assert(
      fc.asyncProperty(method, path, async (verb, target) => {
        const response = await fetch(`${h.url}${target}`, { method: verb });
        expect(response.status).toBeLessThan(500);
        if (response.status < 400) return;
        const body = await response.clone().text();
        await expectProblem(response, response.status, JSON.parse(body).code);
        for (const value of markersIn(target.split('/'))) expect(body).not.toContain(value);
        if (response.status === 405) expect(response.headers.get('allow')).toBeTruthy();
      }),
      { seed, numRuns: RUNS },
    );
  });
});
