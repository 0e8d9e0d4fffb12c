// What the API answers at its edges, whatever produced the error (a handler, Fastify's body parsing
// or router, Node's HTTP parser): problem+json with a code of the contract, the same security
// headers as every answer, and nothing of the request repeated.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_BODY_LIMIT_BYTES } from '../shared/api-contract.ts';
import { ApiProblem, problemText, sendProblem } from './problems.ts';

// Token-bearing URLs and personal data: nothing is cached, sniffed, framed or sent on as a referrer.
const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

/** Adds the security headers a route has not set itself (the HTML pages bring their own CSP). */
function secureHeaders(reply: FastifyReply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(name)) reply.header(name, value);
}

const CLIENT_ERROR_DETAILS: Record<number, string> = {
  408: 'The request took too long to arrive.',
  413: `The request body is larger than ${REQUEST_BODY_LIMIT_BYTES} bytes.`,
  414: 'The URL is too long.',
  415: 'Send the request body as application/json.',
  431: 'The request headers are too large.',
};

function clientProblem(status: number): ApiProblem {
  return new ApiProblem(status, 'invalid-request', { detail: CLIENT_ERROR_DETAILS[status] ?? 'The request is malformed.' });
}

/** Fastify's errors before a route is found: a URL it cannot decode, a path parameter over the router's limit. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : error.code === 'FST_ERR_BAD_URL' ? 400 : 500;
  secureHeaders(reply);
  void sendProblem(reply, status === 500 ? new ApiProblem(500, 'internal') : clientProblem(status));
}

/** Node's HTTP parser refused the request (bad syntax, headers too large, too slow): answer on the bare socket. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = problemText(clientProblem(status));
  const headers = {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
    ...SECURITY_HEADERS,
  };
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  if (socket.writable) socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
  else socket.destroy();
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// A surrogate not in a high-low pair: JSON's \u escapes can spell one, and it is no character at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, field]) => LONE_SURROGATE.test(key) || holdsLoneSurrogate(field));
  }
  return false;
}

/**
 * JSON bodies must be UTF-8 (RFC 8259 §8.1) and their strings Unicode text: Fastify's own parser
 * would turn a bad byte into U+FFFD and let a lone surrogate through, and either would then be
 * checked, hashed and stored as if the person had typed it.
 */
function parseJsonStrictly(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body);
    } catch {
      return done(new ApiProblem(400, 'invalid-request', { detail: 'The request body is not valid UTF-8.' }), undefined);
    }
    parseJson(request, text, (error, value) => {
      if (error) return done(error, undefined);
      if (holdsLoneSurrogate(value)) {
        return done(new ApiProblem(400, 'invalid-request', { detail: 'The request body holds an unpaired surrogate escape.' }), undefined);
      }
      done(null, value);
    });
  });
}

const PATH_PARAMETER = /:[^/]+/g;

/**
 * 405 with Allow for a known path asked with another method, 404 for any other path; both come
 * through the not-found handler, so it learns every route's path and methods as they are added.
 */
function answerUnknownRoutes(app: FastifyInstance): void {
  const routes: { url: string; pattern: RegExp; methods: Set<string> }[] = [];
  app.addHook('onRoute', (route) => {
    let entry = routes.find((candidate) => candidate.url === route.url);
    if (!entry) {
      const parts = route.url.split(PATH_PARAMETER).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      routes.push((entry = { url: route.url, pattern: new RegExp(`^${parts.join('[^/]+')}$`), methods: new Set() }));
    }
    // Fastify answers HEAD for every GET route, without announcing that route here.
    for (const method of [route.method].flat()) entry.methods.add(method).add(method === 'GET' ? 'HEAD' : method);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const known = routes.find(({ pattern }) => pattern.test(path));
    if (!known) return sendProblem(reply, new ApiProblem(404, 'invalid-request', { detail: 'There is no such endpoint.' }));
    reply.header('allow', [...known.methods].sort().join(', '));
    return sendProblem(reply, new ApiProblem(405, 'invalid-request', { detail: 'This endpoint does not take this method.' }));
  });
}

/** Problem answers for every error a request can meet inside Fastify, and the security headers on every answer. */
export function handleErrors(app: FastifyInstance, log: (line: string) => void): void {
  app.setErrorHandler((error: FastifyError | ApiProblem, request, reply) => {
    if (error instanceof ApiProblem) return sendProblem(reply, error);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, clientProblem(status));
    // The route pattern, not the URL: a URL may carry a token.
    log(`internal error in ${request.method} ${request.routeOptions.url ?? '(no route)'}: ${error.message}`);
    return sendProblem(reply, new ApiProblem(500, 'internal'));
  });
  answerUnknownRoutes(app);
  parseJsonStrictly(app);
  app.addHook('onSend', async (_request, reply) => secureHeaders(reply));
}
