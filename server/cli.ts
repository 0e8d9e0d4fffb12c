// `npm run server`: the reference API in dev mode on loopback, configured from the environment.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

function readEnv() {
  return {
    port: integerFromEnv('PORT', 8787, 0, 65535),
    tokenTtlSeconds: integerFromEnv('ACTIVATION_TOKEN_TTL_SECONDS', 1800, 1, 7 * 24 * 60 * 60),
    appScheme: schemeFromEnv('ISPEKS_APP_SCHEME', 'ispeks'),
    dataDir: resolve(process.env.ACTIVATION_DATA_DIR || resolve(REPO_ROOT, '.data/server')),
    // Tests and demos of failure only; the server refuses it when NODE_ENV=production.
    faults: process.env.ACTIVATION_FAULTS === '1',
  };
}

async function main(): Promise<void> {
  let env: ReturnType<typeof readEnv>;
  try {
    env = readEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Invalid environment: ${error.message}`);
    process.exit(2);
  }
  const server = await startActivationServer({ ...env, host: '127.0.0.1', dev: true });
  console.log(`iSPEKS reference activation API (dev mode) listening on ${server.url}`);
  console.log(`  data folder:    ${server.dataDir}`);
  console.log(`  outbox folder:  ${server.outboxDir}`);
  console.log(`  outbox listing: ${server.url}/dev/outbox`);
  if (server.faults) console.log(`  FAULT INJECTION ON: arm faults with POST ${server.url}/dev/faults`);
  console.log('Activation links are printed here as e-mails are sent. Press Ctrl+C to stop.');

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
