// RFC 9457 problem details: handlers throw an ApiProblem, the error handler turns it into a response.
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { problem } from '../shared/api-contract.ts';
import type { ProblemCode, Violation } from '../shared/api-contract.ts';

const TITLES: Record<ProblemCode, string> = {
  'invalid-request': 'The request is not valid',
  'invalid-ic-number': 'The IC number is not valid',
  'rate-limited': 'Too many requests',
  'link-not-found': 'The activation link is not valid',
  'link-expired': 'The activation link has expired',
  'link-used': 'The activation link has already been used',
  'already-active': 'The account is already active',
  'policy-violation': 'The answers or the password break the rules',
  'idempotency-conflict': 'The Idempotency-Key was already used for a different request',
  internal: 'Internal server error',
};

export interface ProblemExtras {
  readonly detail?: string;
  readonly violations?: Violation[];
  /** Sent as the Retry-After header. */
  readonly retryAfterSeconds?: number;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly extras: ProblemExtras = {},
  ) {
    super(`${status} ${code}`);
  }
}

/** The problem+json body of an ApiProblem. */
export function problemText(error: ApiProblem): string {
  const { detail, violations } = error.extras;
  const body = problem.parse({
    type: `urn:ispeks:activation:problem:${error.code}`,
    title: TITLES[error.code],
    status: error.status,
    code: error.code,
    detail,
    violations,
  });
  return JSON.stringify(body);
}

export function sendProblem(reply: FastifyReply, error: ApiProblem): FastifyReply {
  const { retryAfterSeconds } = error.extras;
  if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
  return reply.code(error.status).type('application/problem+json; charset=utf-8').send(problemText(error));
}

/**
 * 400 invalid-request naming what is wrong: paths and zod's messages, never the values sent, nor
 * the names of unknown fields (zod's message for those repeats them).
 */
export function invalidRequest(error: z.ZodError): ApiProblem {
  const detail = error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message}`)
    .join('; ');
  return new ApiProblem(400, 'invalid-request', { detail });
}
