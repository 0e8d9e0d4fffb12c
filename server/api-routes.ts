// HTTP for contract v1: each request is parsed with the shared schemas and handed to activations.ts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { activationRequestBody, apiPaths, codeExchangeBody, completeActivationBody, serviceHealth } from '../shared/api-contract.ts';
import type { ActivationCompleted } from '../shared/api-contract.ts';
import { parseIcNumber } from '../shared/ic-number.ts';
import type { IcNumberProblem } from '../shared/ic-number.ts';
import { completeActivation, exchangeCode, openActivation, requestActivation } from './activations.ts';
import type { ActivationContext } from './activations.ts';
import { ApiProblem, invalidRequest } from './problems.ts';

// A UUID is case-insensitive (RFC 9562 §4): the same key in capitals is the same key.
const idempotencyKey = z.uuid().transform((key) => key.toLowerCase());

function invalidIcNumber(rule: IcNumberProblem): ApiProblem {
  return new ApiProblem(400, 'invalid-ic-number', { violations: [{ field: 'icNumber', rule }] });
}

/** The IC number, or why not: a wrong `icNumber` string is invalid-ic-number, any other wrong body invalid-request. */
function icNumberOf(body: unknown, today: Date): string {
  const parsed = activationRequestBody.safeParse(body);
  if (parsed.success) {
    const check = parseIcNumber(parsed.data.icNumber, today);
    if (check.ok) return check.icNumber;
    throw invalidIcNumber(check.problem);
  }
  const raw = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).icNumber : undefined;
  if (typeof raw === 'string' && parsed.error.issues.every((issue) => issue.path[0] === 'icNumber')) {
    const check = parseIcNumber(raw, today);
    // A number that only passes once hyphens or spaces are dropped: the contract wants bare digits.
    throw invalidIcNumber(check.ok ? 'characters' : check.problem);
  }
  throw invalidRequest(parsed.error);
}

export function registerApiRoutes(app: FastifyInstance, ctx: ActivationContext): void {
  // Cheap and personal-data-free: kiosks poll it to tell "cannot reach the service" from "ready".
  app.get(apiPaths.health, async () => serviceHealth.parse({ status: 'ok' }));

  app.post(apiPaths.activationRequests, async (request, reply) => {
    const icNumber = icNumberOf(request.body, ctx.clock());
    return reply.code(202).send(requestActivation(ctx, icNumber));
  });

  // The body is canonical (the kiosk reads what the person typed the forgiving way); anything else,
  // `{}` included, is 400 invalid-request, which is how a kiosk learns the call is offered.
  app.post(apiPaths.codeExchange, async (request) => {
    const body = codeExchangeBody.safeParse(request.body);
    if (!body.success) throw invalidRequest(body.error);
    const check = parseIcNumber(body.data.icNumber, ctx.clock());
    if (!check.ok) throw invalidIcNumber(check.problem);
    return exchangeCode(ctx, check.icNumber, body.data.code);
  });

  app.get<{ Params: { token: string } }>(apiPaths.activation(':token'), async (request) =>
    openActivation(ctx, request.params.token),
  );

  // A kiosk whose attempt timed out repeats it (same link, key and body) while the first may still
  // be hashing; the repeat waits for that answer instead of queueing four more scrypt hashes behind
  // the ones that caused the timeout. Finished attempts are replayed from the store as before.
  const inFlight = new Map<string, { body: string; answer: Promise<ActivationCompleted> }>();
  app.post<{ Params: { token: string } }>(apiPaths.activation(':token'), async (request) => {
    const key = idempotencyKey.safeParse(request.headers['idempotency-key']);
    if (!key.success) {
      throw new ApiProblem(400, 'invalid-request', { detail: 'Send an Idempotency-Key header holding a UUID.' });
    }
    const body = completeActivationBody.safeParse(request.body);
    if (!body.success) throw invalidRequest(body.error);
    const attempt = `${request.params.token}\n${key.data}`;
    const bodyText = JSON.stringify(body.data);
    const running = inFlight.get(attempt);
    if (running?.body === bodyText) return running.answer;
    const answer = completeActivation(ctx, request.params.token, key.data, body.data);
    const entry = { body: bodyText, answer };
    inFlight.set(attempt, entry);
    const done = () => void (inFlight.get(attempt) === entry && inFlight.delete(attempt));
    answer.then(done, done);
    return answer;
  });
}
