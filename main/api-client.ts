// The hosted activation API client. Every response is parsed with the shared contract and every
// failure becomes one AppError; nothing is thrown to the caller.
import axios, { type AxiosResponse } from 'axios';
import type { z } from 'zod';
import {
  activationCompleted,
  activationDetails,
  activationRequestAccepted,
  apiPaths,
  problem,
  type ActivationCompleted,
  type ActivationDetails,
  type ActivationRequestAccepted,
  type CompleteActivationBody,
} from '../shared/api-contract.ts';
import { fail, ok, type AppError, type Result } from '../shared/errors.ts';

export type FetchLike = (input: Request) => Promise<Response>;

export interface ApiClientOptions {
  readonly baseUrl: string;
  /** Electron's `net.fetch` in the app (system proxy and certificate store), Node's fetch in tests. */
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
}

export interface ActivationClient {
  requestActivation(icNumber: string): Promise<Result<ActivationRequestAccepted>>;
  getActivation(token: string): Promise<Result<ActivationDetails>>;
  completeActivation(token: string, idempotencyKey: string, body: CompleteActivationBody): Promise<Result<ActivationCompleted>>;
}

const DEFAULT_RETRY_AFTER_SECONDS = 60;

/** `Retry-After` as delta-seconds or an HTTP date. */
export function parseRetryAfter(header: unknown, now: Date): number {
  if (typeof header !== 'string' || header.trim() === '') return DEFAULT_RETRY_AFTER_SECONDS;
  if (/^\s*\d+\s*$/.test(header)) return Math.max(1, Math.min(Number(header), 3600));
  const date = Date.parse(header);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(1, Math.min(Math.ceil((date - now.getTime()) / 1000), 3600));
}

function transportError(error: unknown, host: string): AppError {
  if (axios.isAxiosError(error) && (error.code === 'ETIMEDOUT' || error.code === 'ECONNABORTED')) return { code: 'timeout' };
  const clues: string[] = [];
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 5; depth += 1) {
    clues.push(String((cause as { code?: unknown }).code ?? ''), cause.message);
    cause = cause.cause;
  }
  const text = clues.join(' ');
  if (/CERT|SSL|TLS|ERR_SSL|self[- ]signed/i.test(text)) return { code: 'tls', host };
  if (/ERR_TIMED_OUT|ETIMEDOUT|UND_ERR_.*TIMEOUT/i.test(text)) return { code: 'timeout' };
  return { code: 'network' };
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

function problemError(response: AxiosResponse<string>, now: Date): AppError {
  const parsed = problem.safeParse(parseJson(response));
  if (!parsed.success) return { code: 'server', status: response.status };
  switch (parsed.data.code) {
    case 'rate-limited':
      return { code: 'rate-limited', retryAfterSeconds: parseRetryAfter(response.headers['retry-after'], now) };
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
    case 'internal':
      return { code: 'server', status: response.status };
  }
}

export function createActivationClient(options: ApiClientOptions, clock: () => Date = () => new Date()): ActivationClient {
  const host = new URL(options.baseUrl).host;
  const http = axios.create({
    baseURL: options.baseUrl,
    adapter: 'fetch',
    env: { fetch: options.fetch as unknown as typeof fetch },
    timeout: options.timeoutMs,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
    headers: { Accept: 'application/json, application/problem+json' },
  });

  async function call<S extends z.ZodType>(
    request: () => Promise<AxiosResponse<string>>,
    successStatus: number,
    schema: S,
  ): Promise<Result<z.output<S>>> {
    let response: AxiosResponse<string>;
    try {
      response = await request();
    } catch (error) {
      return fail(transportError(error, host));
    }
    if (response.status !== successStatus) return fail(problemError(response, clock()));
    const body = schema.safeParse(parseJson(response));
    return body.success ? ok(body.data) : fail({ code: 'server', status: response.status });
  }

  return {
    requestActivation: (icNumber) =>
      call(() => http.post(apiPaths.activationRequests, { icNumber }), 202, activationRequestAccepted),
    getActivation: (token) => call(() => http.get(apiPaths.activation(token)), 200, activationDetails),
    completeActivation: (token, idempotencyKey, body) =>
      call(
        () => http.post(apiPaths.activation(token), body, { headers: { 'Idempotency-Key': idempotencyKey } }),
        200,
        activationCompleted,
      ),
  };
}
