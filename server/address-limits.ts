// How much one client address, and everyone together, may ask in a window, counted by the
// maintained @fastify/rate-limit in its in-memory LRU stores (bounded: the least recently seen
// addresses are forgotten first). Refusals are the contract's 429 rate-limited with Retry-After.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { apiPaths } from '../shared/api-contract.ts';
import { ApiProblem } from './problems.ts';

export interface RateLimits {
  /** Activation requests one client address may make in a window: each may send an e-mail. */
  readonly requestsPerAddress: number;
  /** Activation requests from all addresses together in a window: bounds the e-mail the service sends. */
  readonly requestsOverall: number;
  /** Short-code exchanges one client address may make in a window: each costs a scrypt. */
  readonly exchangesPerAddress: number;
  /** Every other call one client address may make in a window (links, completions, health, pages). */
  readonly callsPerAddress: number;
  readonly windowSeconds: number;
  /** Addresses each count remembers at most (about 100 bytes each); the least recently seen go first, and come back with a fresh allowance. */
  readonly rememberedAddresses: number;
}

// A counter kiosk asks about once a minute; an office behind one NAT address at 8 a.m. asks more
// (IT raises requestsPerAddress there); a kiosk's retries stay well inside callsPerAddress; a person
// typing a code tries it a few times, and the kiosk probes the call until it is offered.
export const DEFAULT_RATE_LIMITS: RateLimits = {
  requestsPerAddress: 20,
  requestsOverall: 600,
  exchangesPerAddress: 30,
  callsPerAddress: 300,
  windowSeconds: 60,
  rememberedAddresses: 10_000,
};

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

interface Count {
  readonly limiter: Limiter;
  /** What IT reads in the log when it is first reached in a window. */
  readonly reached: string;
  loggedUntil: number;
}

/** Counts every request before its body is read; a request one count refuses is not counted by the next. */
export async function registerAddressLimits(app: FastifyInstance, limits: RateLimits, log: (line: string) => void): Promise<void> {
  await app.register(rateLimit, { global: false });
  const windowMs = limits.windowSeconds * 1000;
  // Each limiter gets its own store, sized by `cache` (read at run time, missing from the plugin's types).
  const counting = (max: number) => ({ max, timeWindow: windowMs, cache: limits.rememberedAddresses });
  const count = (limiter: Limiter, what: string): Count => ({
    limiter,
    reached: `limit reached: ${what} in ${limits.windowSeconds} s; more are answered 429 until the window ends`,
    loggedUntil: 0,
  });
  const requestsPerAddress = count(app.createRateLimit(counting(limits.requestsPerAddress)), `${limits.requestsPerAddress} activation requests per client address`);
  const requestsOverall = count(
    app.createRateLimit({ ...counting(limits.requestsOverall), keyGenerator: () => 'everyone' }),
    `${limits.requestsOverall} activation requests from all addresses together`,
  );
  const exchangesPerAddress = count(app.createRateLimit(counting(limits.exchangesPerAddress)), `${limits.exchangesPerAddress} code exchanges per client address`);
  const callsPerAddress = count(app.createRateLimit(counting(limits.callsPerAddress)), `${limits.callsPerAddress} calls per client address`);

  app.addHook('onRequest', async (request) => {
    const post = request.method === 'POST' ? request.routeOptions.url : undefined;
    const counts = post === apiPaths.activationRequests ? [requestsPerAddress, requestsOverall] : post === apiPaths.codeExchange ? [exchangesPerAddress] : [callsPerAddress];
    for (const counted of counts) {
      const verdict = await counted.limiter(request);
      if (verdict.isAllowed || !verdict.isExceeded) continue;
      // One line a window at most, and never the address: enough for IT to see a limit is too tight.
      if (Date.now() >= counted.loggedUntil) {
        log(counted.reached);
        counted.loggedUntil = Date.now() + windowMs;
      }
      const wait = Math.max(1, verdict.ttlInSeconds);
      throw new ApiProblem(429, 'rate-limited', { retryAfterSeconds: wait, detail: `Too many requests; wait ${wait} s.` });
    }
  });
}
