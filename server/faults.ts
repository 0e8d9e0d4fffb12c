// Fault injection, for the tests and the load check only: makes the next N calls (or a share of
// them) answer late, never, with a gateway's error page, a reset connection or a broken body —
// what government networks and an overloaded service really do. Refused in production.
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { apiPaths } from '../shared/api-contract.ts';
import { invalidRequest } from './problems.ts';

export const faultKinds = ['late', 'timeout', 'reset', 'http-500', 'http-502', 'http-503', 'http-429', 'truncated', 'malformed', 'html'] as const;
export type FaultKind = (typeof faultKinds)[number];

export const faultCalls = ['request', 'open', 'complete', 'health', 'any'] as const;
export type FaultCall = Exclude<(typeof faultCalls)[number], 'any'>;

export const faultPlan = z
  .strictObject({
    calls: z.enum(faultCalls).default('any'),
    kind: z.enum(faultKinds),
    /** The next `count` matching calls… */
    count: z.number().int().min(1).max(100_000).optional(),
    /** …or this share of them, drawn at random; the shares of all armed plans add up. */
    share: z.number().gt(0).max(1).optional(),
    /** `before`: the call is not acted on. `after`: it is acted on, then its answer is spoiled. */
    phase: z.enum(['before', 'after']).default('before'),
    /** `late`: the delay before the real answer. `timeout`: how long the server stays silent before dropping the connection. */
    delayMs: z.number().int().min(0).max(600_000).optional(),
    /** Sent as Retry-After with `http-503` and `http-429`. */
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  })
  .refine((plan) => (plan.count === undefined) !== (plan.share === undefined), 'give either count or share');
export type FaultPlan = z.output<typeof faultPlan>;

export interface InjectedFault {
  readonly call: FaultCall;
  readonly kind: FaultKind;
  readonly phase: FaultPlan['phase'];
}

const DEFAULT_DELAY_MS: Partial<Record<FaultKind, number>> = { late: 2000, timeout: 120_000 };
const MAX_RECORDS = 10_000;

export class FaultInjector {
  private armed: { plan: FaultPlan; remaining: number }[] = [];
  private readonly injected: InjectedFault[] = [];
  private readonly seen: Record<FaultCall, number> = { request: 0, open: 0, complete: 0, health: 0 };

  constructor(private readonly random: () => number = Math.random) {}

  /** Adds a plan; throws a ZodError for a malformed one. */
  arm(plan: z.input<typeof faultPlan>): void {
    const parsed = faultPlan.parse(plan);
    this.armed.push({ plan: parsed, remaining: parsed.count ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.armed = [];
    this.injected.length = 0;
    for (const call of Object.keys(this.seen) as FaultCall[]) this.seen[call] = 0;
  }

  /** The fault for this call, if any: counted plans first, in the order armed, then one draw over the shares. */
  pick(call: FaultCall): FaultPlan | undefined {
    this.seen[call] += 1;
    const matching = this.armed.filter(({ plan }) => plan.calls === call || plan.calls === 'any');
    const counted = matching.find(({ plan, remaining }) => plan.count !== undefined && remaining > 0);
    let chosen = counted?.plan;
    if (counted) counted.remaining -= 1;
    if (!chosen) {
      const draw = this.random();
      let cumulative = 0;
      chosen = matching.find(({ plan }) => plan.share !== undefined && draw < (cumulative += plan.share))?.plan;
    }
    this.armed = this.armed.filter(({ remaining }) => remaining > 0);
    if (chosen && this.injected.length < MAX_RECORDS) this.injected.push({ call, kind: chosen.kind, phase: chosen.phase });
    return chosen;
  }

  status() {
    return {
      armed: this.armed.map(({ plan, remaining }) => ({ ...plan, remaining: Number.isFinite(remaining) ? remaining : null })),
      injected: [...this.injected],
      seen: { ...this.seen },
    };
  }
}

function callOf(request: FastifyRequest): FaultCall | undefined {
  const route = `${request.method} ${request.routeOptions.url ?? ''}`;
  if (route === `POST ${apiPaths.activationRequests}`) return 'request';
  if (route === `GET ${apiPaths.activation(':token')}`) return 'open';
  if (route === `POST ${apiPaths.activation(':token')}`) return 'complete';
  if (route === `GET ${apiPaths.health}`) return 'health';
  return undefined;
}

interface Spoilt {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly retryAfterSeconds?: number;
}

const problemBody = (status: number, code: 'internal' | 'rate-limited', title: string) =>
  JSON.stringify({ type: `urn:ispeks:activation:problem:${code}`, title, status, code });
// What a proxy or load balancer in front of the service sends: its own HTML, not problem+json.
const gatewayPage = (status: number, title: string) =>
  `<!DOCTYPE html><html><head><title>${status} ${title}</title></head><body><h1>${title}</h1><hr><p>proxy</p></body></html>`;

/** The answer a fault sends instead of the real one; `real` is the real body when there is one. */
function spoiltAnswer(plan: FaultPlan, call: FaultCall, real: string | undefined): Spoilt | undefined {
  const success = call === 'request' ? 202 : 200;
  const json = 'application/json; charset=utf-8';
  switch (plan.kind) {
    case 'http-500':
      return { status: 500, contentType: 'application/problem+json', body: problemBody(500, 'internal', 'Internal server error') };
    case 'http-502':
      return { status: 502, contentType: 'text/html', body: gatewayPage(502, 'Bad Gateway') };
    case 'http-503':
      return { status: 503, contentType: 'text/html', body: gatewayPage(503, 'Service Unavailable'), retryAfterSeconds: plan.retryAfterSeconds };
    case 'http-429':
      return { status: 429, contentType: 'application/problem+json', body: problemBody(429, 'rate-limited', 'Too many requests'), retryAfterSeconds: plan.retryAfterSeconds };
    case 'truncated': {
      const whole = real ?? '{"status":"accepted","expiresInSeconds":1800}';
      return { status: success, contentType: json, body: whole.slice(0, Math.floor(whole.length / 2)) };
    }
    case 'malformed':
      return { status: success, contentType: json, body: '{"unexpected":"shape"}' };
    case 'html':
      return { status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body><h1>Sign in to the proxy</h1></body></html>' };
    default:
      return undefined;
  }
}

export function registerFaults(app: FastifyInstance, injector: FaultInjector = new FaultInjector()): FaultInjector {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Fault injection is for tests only: it is refused when NODE_ENV=production.');
  }
  const afterPhase = new WeakMap<FastifyRequest, { plan: FaultPlan; call: FaultCall }>();
  const closing = new AbortController();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      closing.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  // Silent until the client gives up, the delay is over or the server closes; then the line drops.
  const silence = async (request: FastifyRequest, ms: number) => {
    const socket = request.raw.socket;
    await Promise.race([wait(ms), new Promise((resolve) => socket.once('close', resolve))]);
    socket.destroy();
  };
  const delayOf = (plan: FaultPlan) => plan.delayMs ?? DEFAULT_DELAY_MS[plan.kind] ?? 0;

  app.addHook('onRequest', async (request, reply: FastifyReply) => {
    const call = callOf(request);
    const plan = call && injector.pick(call);
    if (!call || !plan) return;
    if (plan.phase === 'after') return void afterPhase.set(request, { plan, call });
    if (plan.kind === 'late') return wait(delayOf(plan));
    if (plan.kind === 'reset' || plan.kind === 'timeout') {
      reply.hijack();
      if (plan.kind === 'reset') request.raw.socket.destroy();
      else void silence(request, delayOf(plan));
      return reply;
    }
    const answer = spoiltAnswer(plan, call, undefined)!;
    if (answer.retryAfterSeconds !== undefined) reply.header('retry-after', String(answer.retryAfterSeconds));
    return reply.code(answer.status).type(answer.contentType).send(answer.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const spoil = afterPhase.get(request);
    if (!spoil) return payload;
    afterPhase.delete(request);
    const { plan, call } = spoil;
    if (plan.kind === 'late') await wait(delayOf(plan));
    if (plan.kind === 'timeout') await silence(request, delayOf(plan));
    if (plan.kind === 'reset') request.raw.socket.destroy();
    const answer = spoiltAnswer(plan, call, typeof payload === 'string' ? payload : undefined);
    if (!answer) return payload;
    if (answer.retryAfterSeconds !== undefined) reply.header('retry-after', String(answer.retryAfterSeconds));
    reply.code(answer.status).type(answer.contentType);
    return answer.body;
  });

  // A test server closes at once: after a dropped connection the client opens another, which Node
  // does not count as idle, so close() would wait out the client's keep-alive (4 s in Node's fetch).
  const sockets = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  app.addHook('preClose', async () => {
    closing.abort();
    for (const socket of sockets) socket.destroy();
  });

  app.get('/dev/faults', async () => injector.status());
  app.post('/dev/faults', async (request, reply) => {
    const plan = faultPlan.safeParse(request.body);
    if (!plan.success) throw invalidRequest(plan.error);
    injector.arm(plan.data);
    return reply.code(201).send(injector.status());
  });
  app.delete('/dev/faults', async () => {
    injector.clear();
    return injector.status();
  });
  return injector;
}
