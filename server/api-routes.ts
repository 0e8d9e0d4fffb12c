// HTTP for contract v1: each request is parsed with the shared schemas and handed to activations.ts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { activationRequestBody, apiPaths, completeActivationBody } from '../shared/api-contract.ts';
import { parseIcNumber } from '../shared/ic-number.ts';
import type { IcNumberProblem } from '../shared/ic-number.ts';
import { completeActivation, openActivation, requestActivation } from './activations.ts';
import type { ActivationContext } from './activations.ts';
import { ApiProblem, invalidRequest } from './problems.ts';

const idempotencyKey = z.uuid();

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
  app.post(apiPaths.activationRequests, async (request, reply) => {
    const icNumber = icNumberOf(request.body, ctx.clock());
    return reply.code(202).send(requestActivation(ctx, icNumber));
  });

  app.get<{ Params: { token: string } }>(apiPaths.activation(':token'), async (request) =>
    openActivation(ctx, request.params.token),
  );

  app.post<{ Params: { token: string } }>(apiPaths.activation(':token'), async (request) => {
    const key = idempotencyKey.safeParse(request.headers['idempotency-key']);
    if (!key.success) {
      throw new ApiProblem(400, 'invalid-request', { detail: 'Send an Idempotency-Key header holding a UUID.' });
    }
    const body = completeActivationBody.safeParse(request.body);
    if (!body.success) throw invalidRequest(body.error);
    return completeActivation(ctx, request.params.token, key.data, body.data);
  });
}
