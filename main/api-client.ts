// The hosted activation API client. Every response is parsed with the shared contract and every
// failure becomes one AppError; nothing is thrown to the caller. Failed attempts are retried where
// a second copy does no harm (retry-policy.ts), and every attempt is one line in the IT log.
import axios from 'axios';
import type { z } from 'zod';
import {
  activationCompleted,
  activationDetails,
  activationRequestAccepted,
  apiPaths,
  codeExchanged,
  problem,
  serviceHealth,
  type ActivationCompleted,
  type ActivationDetails,
  type ActivationRequestAccepted,
  type CodeExchanged,
  type CompleteActivationBody,
  type ServiceHealth,
} from '../shared/api-contract.ts';
import { fail, ok, type Result } from '../shared/errors.ts';
import { outcomeOf, transportFailure, type Outcome } from './api-outcomes.ts';
import { isLoopbackUrl } from './config-settings.ts';
import { silentLogger, type LogLevel, type Logger } from './log.ts';
import {
  DEFAULT_RETRY_POLICY,
  NO_RETRY_POLICY,
  withRetries,
  type CallSafety,
  type RetryPolicy,
  type RetryRuntime,
} from './retry-policy.ts';

export type FetchLike = (input: Request) => Promise<Response>;

export interface ApiClientOptions {
  readonly baseUrl: string;
  /** Electron's `net.fetch` in the app (system proxy and certificate store), Node's fetch in tests. */
  readonly fetch: FetchLike;
  /** Time allowed for one attempt of a call. */
  readonly timeoutMs: number;
  readonly logger?: Logger;
  readonly retryPolicy?: RetryPolicy;
  /** The clock (epoch ms), sleep and random source of the retries; the real ones by default. */
  readonly runtime?: RetryRuntime;
}

export interface ActivationClient {
  requestActivation(icNumber: string): Promise<Result<ActivationRequestAccepted>>;
  getActivation(token: string): Promise<Result<ActivationDetails>>;
  completeActivation(token: string, idempotencyKey: string, body: CompleteActivationBody): Promise<Result<ActivationCompleted>>;
  /** The e-mail's short code and the IC number for the activation's token; never repeated (a wrong code counts). */
  exchangeCode(icNumber: string, code: string): Promise<Result<CodeExchanged>>;
  /** One quick attempt at `GET /v1/health`, for the start screen's connectivity notice. */
  checkHealth(): Promise<Result<ServiceHealth>>;
  /**
   * Whether the service offers the code exchange: an empty body must be refused as invalid by the
   * route itself (400 invalid-request); a service without the route answers 404. Null when the
   * service could not be asked.
   */
  offersCodeExchange(): Promise<boolean | null>;
}

/** What a service that has the exchange route answers an empty body. */
const invalidRequestProblem = problem.refine((body) => body.code === 'invalid-request');

const HEALTH_TIMEOUT_MS = 5000;

export const realRuntime: RetryRuntime = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

interface CallSpec<S extends z.ZodType> {
  /** The call's name in the log. */
  readonly call: 'request' | 'open' | 'complete' | 'exchange' | 'health' | 'probe';
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** The path as logged: never the token. */
  readonly pathTemplate: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly successStatus: number;
  readonly schema: S;
  readonly safety: CallSafety;
  readonly policy: RetryPolicy;
  readonly timeoutMs: number;
  readonly logLevel: LogLevel;
}

const ACTIVATION_PATH_TEMPLATE = apiPaths.activation('{token}');

export function createActivationClient(options: ApiClientOptions): ActivationClient {
  const { logger = silentLogger, retryPolicy = DEFAULT_RETRY_POLICY, runtime = realRuntime } = options;
  const baseUrl = new URL(options.baseUrl);
  const host = baseUrl.host;
  // The config refuses this already; checked again so no code path can send personal data in clear.
  const secure = baseUrl.protocol === 'https:' || (baseUrl.protocol === 'http:' && isLoopbackUrl(baseUrl));
  const http = axios.create({
    baseURL: options.baseUrl,
    adapter: 'fetch',
    env: { fetch: options.fetch as unknown as typeof fetch },
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
    headers: { Accept: 'application/json, application/problem+json' },
  });

  async function attempt<S extends z.ZodType>(spec: CallSpec<S>, timeoutMs: number): Promise<Outcome<z.output<S>>> {
    try {
      const response = await http.request<string>({
        method: spec.method,
        url: spec.path,
        data: spec.body,
        headers: spec.headers,
        timeout: timeoutMs,
      });
      return outcomeOf(response, spec.successStatus, spec.schema, new Date(runtime.now()));
    } catch (error) {
      return transportFailure(error, host);
    }
  }

  async function call<S extends z.ZodType>(spec: CallSpec<S>): Promise<Result<z.output<S>>> {
    if (!secure) {
      logger.log('error', 'api.call', { call: spec.call, method: spec.method, path: spec.pathTemplate, error: 'configuration', reason: 'not-https' });
      return fail({ code: 'configuration' });
    }
    const outcome = await withRetries((_number, timeoutMs) => attempt(spec, timeoutMs), {
      safety: spec.safety,
      timeoutMs: spec.timeoutMs,
      policy: spec.policy,
      runtime,
      onAttempt: (result, { attempt: number, durationMs, retryInMs }) =>
        logger.log(result.ok || spec.logLevel === 'debug' ? spec.logLevel : 'warn', 'api.call', {
          call: spec.call,
          method: spec.method,
          path: spec.pathTemplate,
          attempt: number,
          status: result.status,
          durationMs,
          error: result.ok ? undefined : result.error.code,
          failure: result.ok ? undefined : result.failure.kind,
          host: !result.ok && result.error.code === 'tls' ? host : undefined,
          retryInMs: retryInMs ?? undefined,
        }),
    });
    return outcome.ok ? ok(outcome.value) : fail(outcome.error);
  }

  const spec = { policy: retryPolicy, timeoutMs: options.timeoutMs, logLevel: 'info' } as const;
  return {
    // Not repeated unless it surely never arrived: a second request supersedes the e-mailed link.
    requestActivation: (icNumber) =>
      call({
        ...spec,
        call: 'request',
        method: 'POST',
        path: apiPaths.activationRequests,
        pathTemplate: apiPaths.activationRequests,
        body: { icNumber },
        successStatus: 202,
        schema: activationRequestAccepted,
        safety: 'once',
      }),
    getActivation: (token) =>
      call({
        ...spec,
        call: 'open',
        method: 'GET',
        path: apiPaths.activation(token),
        pathTemplate: ACTIVATION_PATH_TEMPLATE,
        successStatus: 200,
        schema: activationDetails,
        safety: 'repeatable',
      }),
    // Repeatable because every attempt carries the same Idempotency-Key: the service answers a
    // repeat with the first answer instead of acting twice.
    completeActivation: (token, idempotencyKey, body) =>
      call({
        ...spec,
        call: 'complete',
        method: 'POST',
        path: apiPaths.activation(token),
        pathTemplate: ACTIVATION_PATH_TEMPLATE,
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        successStatus: 200,
        schema: activationCompleted,
        safety: 'repeatable',
      }),
    // Not repeated: the service counts wrong codes, and a repeat of a wrong one would count twice.
    exchangeCode: (icNumber, code) =>
      call({
        ...spec,
        call: 'exchange',
        method: 'POST',
        path: apiPaths.codeExchange,
        pathTemplate: apiPaths.codeExchange,
        body: { icNumber, code },
        successStatus: 200,
        schema: codeExchanged,
        safety: 'once',
      }),
    offersCodeExchange: async () => {
      const answer = await call({
        call: 'probe',
        method: 'POST',
        path: apiPaths.codeExchange,
        pathTemplate: apiPaths.codeExchange,
        body: {},
        successStatus: 400,
        schema: invalidRequestProblem,
        safety: 'repeatable',
        policy: NO_RETRY_POLICY,
        timeoutMs: Math.min(options.timeoutMs, HEALTH_TIMEOUT_MS),
        logLevel: 'debug',
      });
      if (answer.ok) return true;
      return ['network', 'timeout', 'tls', 'configuration'].includes(answer.error.code) ? null : false;
    },
    checkHealth: () =>
      call({
        call: 'health',
        method: 'GET',
        path: apiPaths.health,
        pathTemplate: apiPaths.health,
        successStatus: 200,
        schema: serviceHealth,
        safety: 'repeatable',
        policy: NO_RETRY_POLICY,
        timeoutMs: Math.min(options.timeoutMs, HEALTH_TIMEOUT_MS),
        // The start screen polls it: only IT debugging connectivity needs every line.
        logLevel: 'debug',
      }),
  };
}
