// `npm run server`: the reference API on loopback, configured from the environment. Dev mode by
// default (GET /dev/outbox, each e-mail's link on the console); `--production` or
// NODE_ENV=production: neither, and fault injection refused.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RATE_LIMITS } from './address-limits.ts';
import { startActivationServer } from './app.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCHEME = /^[a-z][a-z0-9+.-]*$/;
const RESERVED_SCHEMES = new Set(['http', 'https', 'file', 'javascript', 'data', 'mailto']);

class EnvError extends Error {}

/** An unset or empty variable takes the default; anything else must be a whole number in range. */
function integerFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^[0-9]+$/.test(raw) || value < min || value > max) {
    throw new EnvError(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}.`);
  }
  return value;
}

function schemeFromEnv(name: string, fallback: string): string {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!SCHEME.test(raw) || RESERVED_SCHEMES.has(raw)) {
    throw new EnvError(`${name} must be a custom URL scheme such as "ispeks" (lowercase, no "://"), not ${JSON.stringify(raw)}.`);
  }
  return raw;
}

/** Addresses or CIDR ranges, comma-separated: the reverse proxies whose X-Forwarded-For is believed. */
function proxiesFromEnv(name: string): string[] | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const prefixOk = prefix === undefined || (/^[0-9]{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new EnvError(`${name} must list IP addresses or CIDR ranges separated by commas; ${JSON.stringify(entry)} in ${JSON.stringify(raw)} is neither.`);
    }
  }
  return entries;
}

function readConfig(args: readonly string[]) {
  const unknown = args.find((arg) => arg !== '--production');
  if (unknown !== undefined) throw new EnvError(`Unknown argument ${JSON.stringify(unknown)}; the only one is --production.`);
  const production = args.includes('--production') || process.env.NODE_ENV === 'production';
  // Tests and demos of failure only.
  const faults = process.env.ACTIVATION_FAULTS === '1';
  if (production && faults) throw new EnvError('ACTIVATION_FAULTS=1 is for tests only and refused in production mode.');
  const limit = (name: string, fallback: number) => integerFromEnv(name, fallback, 1, 1_000_000);
  return {
    production,
    faults,
    port: integerFromEnv('PORT', 8787, 0, 65535),
    tokenTtlSeconds: integerFromEnv('ACTIVATION_TOKEN_TTL_SECONDS', 1800, 1, 7 * 24 * 60 * 60),
    appScheme: schemeFromEnv('ISPEKS_APP_SCHEME', 'ispeks'),
    dataDir: resolve(process.env.ACTIVATION_DATA_DIR || resolve(REPO_ROOT, '.data/server')),
    limits: {
      requestsPerAddress: limit('ACTIVATION_REQUESTS_PER_ADDRESS', DEFAULT_RATE_LIMITS.requestsPerAddress),
      requestsOverall: limit('ACTIVATION_REQUESTS_OVERALL', DEFAULT_RATE_LIMITS.requestsOverall),
      exchangesPerAddress: limit('ACTIVATION_EXCHANGES_PER_ADDRESS', DEFAULT_RATE_LIMITS.exchangesPerAddress),
      callsPerAddress: limit('ACTIVATION_CALLS_PER_ADDRESS', DEFAULT_RATE_LIMITS.callsPerAddress),
    },
    trustedProxies: proxiesFromEnv('ACTIVATION_TRUSTED_PROXIES'),
  };
}

async function main(): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Invalid configuration: ${error.message}`);
    process.exit(2);
  }
  const { production, ...options } = config;
  const server = await startActivationServer({ ...options, host: '127.0.0.1', dev: !production });
  console.log(`iSPEKS reference activation API (${production ? 'production' : 'dev'} mode) listening on ${server.url}`);
  console.log(`  data folder:    ${server.dataDir}`);
  console.log(`  outbox folder:  ${server.outboxDir}`);
  if (!production) console.log(`  outbox listing: ${server.url}/dev/outbox`);
  if (server.faults) console.log(`  FAULT INJECTION ON: arm faults with POST ${server.url}/dev/faults`);
  console.log(production ? 'E-mails are written to the outbox folder. Press Ctrl+C to stop.' : 'Activation links are printed here as e-mails are sent. Press Ctrl+C to stop.');

  const stop = (signal: NodeJS.Signals) => {
    console.log(`${signal} received, stopping.`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const inUse = error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  const reason = inUse ? 'the port is in use; choose another with PORT=…' : error instanceof Error ? error.message : String(error);
  console.error(`Cannot start the activation API: ${reason}`);
  process.exit(1);
});
