// What one attempt's answer, or its failure to get one, means: an AppError for the person, and an
// AttemptFailure for the retry policy. Our API speaks problem+json; proxies and broken networks
// speak HTML pages, resets and Chromium's net:: errors.
import axios, { type AxiosResponse } from 'axios';
import type { z } from 'zod';
import { problem } from '../shared/api-contract.ts';
import type { AppError } from '../shared/errors.ts';
import type { AttemptFailure } from './retry-policy.ts';

const DEFAULT_RETRY_AFTER_SECONDS = 60;
/** A 503 without Retry-After: a shorter wait than a rate limit, the service is expected back soon. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

/** `Retry-After` as delta-seconds or an HTTP date, between 1 s and an hour. */
export function parseRetryAfter(header: unknown, now: Date, fallback = DEFAULT_RETRY_AFTER_SECONDS): number {
  if (typeof header !== 'string' || header.trim() === '') return fallback;
  if (/^\s*\d+\s*$/.test(header)) return Math.max(1, Math.min(Number(header), 3600));
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallback : Math.max(1, Math.min(Math.ceil((date - now.getTime()) / 1000), 3600));
}

export type Outcome<T> =
  | { ok: true; value: T; status: number }
  | { ok: false; error: AppError; failure: AttemptFailure; status?: number };

// Node's fetch (undici) codes and Chromium's net errors (Electron's net.fetch) for a request that
// never left: nobody can have acted on it.
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ENETDOWN|UND_ERR_CONNECT_TIMEOUT|ERR_CONNECTION_REFUSED|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_ADDRESS_UNREACHABLE|ERR_PROXY_CONNECTION_FAILED|ERR_CONNECTION_TIMED_OUT/i;
const CERTIFICATE = /CERT|SSL|TLS|self[- ]signed|UNABLE_TO_VERIFY/i;
// Chromium handles a proxy's 407 itself and fails the request with one of these.
const PROXY_REFUSED = /ERR_PROXY_AUTH|ERR_TUNNEL_CONNECTION_FAILED/i;
const ANSWER_TIMEOUT = /ERR_TIMED_OUT|ETIMEDOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT/i;

export function transportFailure(error: unknown, host: string): Outcome<never> {
  if (axios.isAxiosError(error) && (error.code === 'ETIMEDOUT' || error.code === 'ECONNABORTED')) {
    return { ok: false, error: { code: 'timeout' }, failure: { kind: 'timeout' } };
  }
  const clues: string[] = [];
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 5; depth += 1) {
    clues.push(String((cause as { code?: unknown }).code ?? ''), cause.message);
    cause = cause.cause;
  }
  const text = clues.join(' ');
  if (CERTIFICATE.test(text)) return { ok: false, error: { code: 'tls', host }, failure: { kind: 'final' } };
  if (PROXY_REFUSED.test(text)) return { ok: false, error: { code: 'refused', status: 407 }, failure: { kind: 'final' } };
  if (NOT_SENT.test(text)) return { ok: false, error: { code: 'network' }, failure: { kind: 'not-sent' } };
  if (ANSWER_TIMEOUT.test(text)) return { ok: false, error: { code: 'timeout' }, failure: { kind: 'timeout' } };
  // A reset, a connection closed mid-answer, a body cut short: the request may have been acted on.
  return { ok: false, error: { code: 'network' }, failure: { kind: 'lost' } };
}

function parseJson(response: AxiosResponse<string>): unknown {
  const type = String(response.headers['content-type'] ?? '');
  if (!/^application\/(problem\+)?json\b/i.test(type)) return undefined;
  try {
    return JSON.parse(response.data);
  } catch {
    return undefined;
  }
}

/** What a non-success answer means to the person. Our API speaks problem+json; a proxy does not. */
function errorOf(response: AxiosResponse<string>, now: Date): AppError {
  const { status } = response;
  const retryAfter = response.headers['retry-after'];
  if (status === 503) return { code: 'service-unavailable', retryAfterSeconds: parseRetryAfter(retryAfter, now, UNAVAILABLE_RETRY_AFTER_SECONDS) };
  if (status === 429) return { code: 'rate-limited', retryAfterSeconds: parseRetryAfter(retryAfter, now) };
  const parsed = problem.safeParse(parseJson(response));
  if (status < 400 || status >= 500) return { code: 'server', status };
  // A 4xx without our problem body came from something else on the way: a proxy's 403 or 407.
  if (!parsed.success) return { code: 'refused', status };
  switch (parsed.data.code) {
    case 'policy-violation':
      return { code: 'policy-violation', violations: parsed.data.violations ?? [] };
    case 'link-not-found':
    case 'link-expired':
    case 'link-used':
    case 'already-active':
      return { code: parsed.data.code };
    case 'invalid-request':
    case 'invalid-ic-number':
    case 'idempotency-conflict':
      return { code: 'invalid-input' };
    case 'rate-limited':
      return { code: 'rate-limited', retryAfterSeconds: parseRetryAfter(retryAfter, now) };
    case 'internal':
      return { code: 'server', status };
  }
}

export function outcomeOf<S extends z.ZodType>(response: AxiosResponse<string>, successStatus: number, schema: S, now: Date): Outcome<z.output<S>> {
  const { status } = response;
  if (status === successStatus) {
    const body = schema.safeParse(parseJson(response));
    // An HTML page with 200 (a proxy's login page), a truncated body, the wrong shape.
    return body.success ? { ok: true, value: body.data, status } : { ok: false, error: { code: 'server', status }, failure: { kind: 'final' }, status };
  }
  const header = response.headers['retry-after'];
  const retryAfterSeconds = typeof header === 'string' && header.trim() !== '' ? parseRetryAfter(header, now) : undefined;
  return { ok: false, error: errorOf(response, now), failure: { kind: 'status', status, retryAfterSeconds }, status };
}
