// The reference activation API: wiring, start and stop. What every answer shares (errors,
// headers) is in http-edges.ts, the limits in address-limits.ts.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { activationCodeFrom, ACTIVATION_CODE_LENGTH } from '../shared/activation-code.ts';
import { buildAppLink } from '../shared/activation-link.ts';
import { REQUEST_BODY_LIMIT_BYTES } from '../shared/api-contract.ts';
import { isLoopbackHostHeader } from '../shared/loopback.ts';
import type { ActivationContext, Links } from './activations.ts';
import { DEFAULT_RATE_LIMITS, registerAddressLimits, type RateLimits } from './address-limits.ts';
import { registerApiRoutes } from './api-routes.ts';
import { CodeAttempts } from './code-attempts.ts';
import { registerFaults, type FaultInjector } from './faults.ts';
import { clientErrorHandler, frameworkErrors, handleErrors } from './http-edges.ts';
import { Outbox } from './mailer.ts';
import { ApiProblem } from './problems.ts';
import { registerPages } from './pages.ts';
import { DEFAULT_RESEND_SECONDS, ResendLimiter } from './resend-limiter.ts';
import { Store } from './store.ts';

export interface ServerOptions {
  readonly dataDir: string;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Enables `GET /dev/outbox` and one console line per e-mail with its link. */
  readonly dev: boolean;
  /** Default 1800 (30 minutes). */
  readonly tokenTtlSeconds?: number;
  /** Seconds before the same IC number may ask for another e-mail; default 60. */
  readonly rateLimitSeconds?: number;
  /** Requests per client address and overall (address-limits.ts); each unset one takes its default. */
  readonly limits?: Partial<RateLimits>;
  /**
   * Addresses (or CIDR ranges) of reverse proxies whose X-Forwarded-For names the client; by
   * default none, so the client address is the connection's and the header is ignored.
   */
  readonly trustedProxies?: readonly string[];
  /** Where the https link in the e-mail points; default this server's own URL. */
  readonly publicBaseUrl?: string;
  /** Default `ispeks`. */
  readonly appScheme?: string;
  /** Default `${publicBaseUrl}/login`. */
  readonly loginUrl?: string;
  readonly clock?: () => Date;
  readonly log?: (line: string) => void;
  /** Tests only: where new short codes come from (canonical, shared/activation-code.ts); default node:crypto. */
  readonly activationCodes?: () => string;
  /** Tests only: enables fault injection and `/dev/faults` (faults.ts); refused when NODE_ENV=production. */
  readonly faults?: boolean;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly dataDir: string;
  readonly outboxDir: string;
  readonly store: Store;
  readonly outbox: Outbox;
  /** Arms faults in-process; null unless started with `faults: true`. */
  readonly faults: FaultInjector | null;
  /** Resolves once the work done after responses (saving new links, writing e-mails) is finished. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

function ownUrl(app: FastifyInstance, host: string): string {
  const { port } = app.server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${port}`;
}

/**
 * /dev/outbox lists every link: a web page whose DNS name is rebound to 127.0.0.1 would reach it
 * from the person's browser, but with its own name in Host, which is refused here.
 */
function answerDevRoutesOnLoopbackOnly(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url?.startsWith('/dev/') && !isLoopbackHostHeader(request.headers.host)) {
      throw new ApiProblem(403, 'invalid-request', { detail: 'The development routes answer to a loopback host name only.' });
    }
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function startActivationServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.log(line));
  const appScheme = options.appScheme ?? 'ispeks';
  const rateLimitSeconds = options.rateLimitSeconds ?? DEFAULT_RESEND_SECONDS;
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 1800;
  const store = await Store.open(options.dataDir, clock);
  const outbox = await Outbox.open(join(options.dataDir, 'outbox'), clock, options.dev ? log : undefined);
  const app = Fastify({
    logger: false,
    bodyLimit: REQUEST_BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 256 },
    frameworkErrors,
    clientErrorHandler,
    trustProxy: options.trustedProxies ? [...options.trustedProxies] : false,
  });

  const tasks = new Set<Promise<void>>();
  // Started on the next turn of the event loop: Fastify writes the answer in this one, so the work
  // (looking the IC number up, saving the link, writing the e-mail) never delays it.
  const background = (task: () => Promise<void>) => {
    const run: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => log(`background task failed: ${messageOf(error)}`))
      .finally(() => tasks.delete(run));
    tasks.add(run);
  };
  // Read when a link is built, because the default base URL exists only once the server listens.
  const baseUrl = () => options.publicBaseUrl?.replace(/\/+$/, '') ?? ownUrl(app, host);
  const links: Links = {
    activationUrl: (token) => `${baseUrl()}/activate?token=${token}`,
    appUrl: (token) => buildAppLink(appScheme, token),
    loginUrl: () => options.loginUrl ?? `${baseUrl()}/login`,
  };
  const ctx: ActivationContext = {
    store,
    outbox,
    resendLimiter: new ResendLimiter(rateLimitSeconds),
    codeAttempts: new CodeAttempts(tokenTtlSeconds),
    newCode: options.activationCodes ?? (() => activationCodeFrom(randomBytes(ACTIVATION_CODE_LENGTH))),
    links,
    clock,
    tokenTtlSeconds,
    rateLimitSeconds,
    background,
  };

  handleErrors(app, log);
  await registerAddressLimits(app, { ...DEFAULT_RATE_LIMITS, ...options.limits }, log);
  answerDevRoutesOnLoopbackOnly(app);
  const faults = options.faults ? registerFaults(app) : null;
  registerApiRoutes(app, ctx);
  registerPages(app, appScheme);
  const settled = async () => {
    while (tasks.size > 0) await Promise.all(tasks);
    await store.idle();
  };
  // Waits for e-mails still being written, so a listing right after a 202 already holds its message.
  if (options.dev) {
    app.get('/dev/outbox', async () => {
      await settled();
      const own = ownUrl(app, host);
      return { messages: outbox.messages().map((message) => ({ ...message, qrUrl: `${own}/dev/outbox/${message.id}/qr.png` })) };
    });
    app.get<{ Params: { id: string } }>('/dev/outbox/:id/qr.png', async (request, reply) => {
      const png = outbox.qrImage(request.params.id);
      if (!png) throw new ApiProblem(404, 'invalid-request', { detail: 'There is no such message.' });
      return reply.type('image/png').send(png);
    });
  }

  await app.listen({ host, port: options.port ?? 0 });
  return {
    url: ownUrl(app, host),
    dataDir: options.dataDir,
    outboxDir: outbox.dir,
    store,
    outbox,
    faults,
    settled,
    close: async () => {
      await app.close();
      await settled();
    },
  };
}
