import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PENDING, REPO_ROOT, makeDataDir, startCli, startHarness, waitFor } from './harness.ts';

let running: ReturnType<typeof startCli> | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  running?.stop();
  running = undefined;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

/** Starts the CLI and stops it after the test. */
function runCli(env: Record<string, string>, args: readonly string[] = []) {
  running = startCli(env, args);
  return running;
}

const requestActivation = (url: string, icNumber: string) =>
  fetch(`${url}/v1/activation-requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ icNumber }) });

describe('npm run server', () => {
  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['ACTIVATION_TOKEN_TTL_SECONDS', '0'],
    ['ACTIVATION_TOKEN_TTL_SECONDS', '1.5'],
    ['ISPEKS_APP_SCHEME', 'https'],
    ['ISPEKS_APP_SCHEME', 'ispeks://'],
    ['ACTIVATION_REQUESTS_PER_ADDRESS', '0'],
    ['ACTIVATION_REQUESTS_OVERALL', 'many'],
    ['ACTIVATION_EXCHANGES_PER_ADDRESS', '0'],
    ['ACTIVATION_CALLS_PER_ADDRESS', '-5'],
    ['ACTIVATION_TRUSTED_PROXIES', '10.0.0.1,proxy.example'],
    ['ACTIVATION_TRUSTED_PROXIES', '10.0.0.0/33'],
  ])('exits with code 2 naming %s when it is %j', async (name, value) => {
    const { exited, output } = runCli({ [name]: value, ACTIVATION_DATA_DIR: join(REPO_ROOT, '.data', 'never-created') });
    expect(await exited).toBe(2);
    expect(output.stderr).toContain(name);
    expect(output.stderr).toContain(JSON.stringify(value));
    expect(output.stdout).toBe('');
  });

  it('exits with code 1 and says so when the port is taken', async () => {
    const other = await startHarness();
    dataDir = await makeDataDir();
    const { exited, output } = runCli({ PORT: new URL(other.url).port, ACTIVATION_DATA_DIR: dataDir });
    expect(await exited).toBe(1);
    expect(output.stderr).toContain('the port is in use');
    await other.stop();
  });

  it('exits with code 2 on an argument it does not know', async () => {
    const { exited, output } = runCli({ ACTIVATION_DATA_DIR: join(REPO_ROOT, '.data', 'never-created') }, ['--prod']);
    expect(await exited).toBe(2);
    expect(output.stderr).toContain('"--prod"');
  });

  it.each([
    ['--production', { NODE_ENV: 'development' }, ['--production']],
    ['NODE_ENV=production', { NODE_ENV: 'production' }, []],
  ])('refuses fault injection in production mode (%s) with code 2, naming ACTIVATION_FAULTS', async (_how, env, args) => {
    dataDir = await makeDataDir();
    const { exited, output } = runCli({ PORT: '0', ACTIVATION_DATA_DIR: dataDir, ACTIVATION_FAULTS: '1', ...env }, args);
    expect(await exited).toBe(2);
    expect(output.stderr).toContain('ACTIVATION_FAULTS');
    expect(output.stdout).toBe('');
  });

  it.each([
    ['--production', { NODE_ENV: 'development' }, ['--production']],
    ['NODE_ENV=production', { NODE_ENV: 'production' }, []],
  ])('in production mode (%s) has no /dev routes and prints no link, yet sends the e-mail', async (_how, env, args) => {
    dataDir = await makeDataDir();
    const cli = runCli({ PORT: '0', ACTIVATION_DATA_DIR: dataDir, ...env }, args);
    const url = await cli.listening();
    expect(cli.output.stdout).toContain('production mode');
    expect(cli.output.stdout).not.toContain('/dev/');
    expect((await requestActivation(url, PENDING.icNumber)).status).toBe(202);
    await waitFor(() => readdirSync(join(dataDir!, 'outbox')).length === 1, 'the e-mail in the outbox folder');
    expect((await fetch(`${url}/dev/outbox`)).status).toBe(404);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(cli.output.stdout).not.toMatch(/\[outbox\]|token=|@demo\.ispeks/);
  });

  it('takes the limits and the trusted proxies from the environment', async () => {
    dataDir = await makeDataDir();
    const cli = runCli({ PORT: '0', ACTIVATION_DATA_DIR: dataDir, ACTIVATION_REQUESTS_PER_ADDRESS: '1', ACTIVATION_TRUSTED_PROXIES: '127.0.0.1, 10.1.0.0/16' });
    const url = await cli.listening();
    const viaProxy = (client: string, icNumber: string) =>
      fetch(`${url}/v1/activation-requests`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify({ icNumber }) });
    expect((await viaProxy('192.0.2.1', '910505030001')).status).toBe(202);
    expect((await viaProxy('192.0.2.1', '910505030002')).status).toBe(429);
    expect((await viaProxy('192.0.2.2', '910505030003')).status).toBe(202);
  });

  it('arms faults over HTTP when ACTIVATION_FAULTS=1, and says so', async () => {
    dataDir = await makeDataDir();
    const cli = runCli({ PORT: '0', ACTIVATION_DATA_DIR: dataDir, ACTIVATION_FAULTS: '1' });
    const url = await cli.listening();
    expect(cli.output.stdout).toContain(`FAULT INJECTION ON: arm faults with POST ${url}/dev/faults`);
    const armed = await fetch(`${url}/dev/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ calls: 'health', kind: 'http-502', count: 1 }) });
    expect(armed.status).toBe(201);
    expect((await fetch(`${url}/v1/health`)).status).toBe(502);
  });

  it('starts in dev mode from the environment, prints where things are, and stops cleanly on SIGTERM', async () => {
    dataDir = await makeDataDir();
    const cli = runCli({
      PORT: '0',
      ACTIVATION_DATA_DIR: dataDir,
      ACTIVATION_TOKEN_TTL_SECONDS: '600',
      ISPEKS_APP_SCHEME: 'ispeks-test',
    });
    const url = await cli.listening();
    expect(url).not.toBe('');
    expect(cli.output.stdout).toContain(`data folder:    ${dataDir}`);
    expect(cli.output.stdout).toContain(`outbox folder:  ${join(dataDir, 'outbox')}`);

    const accepted = await fetch(`${url}/v1/activation-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ icNumber: PENDING.icNumber }),
    });
    expect(await accepted.json()).toEqual({ status: 'accepted', expiresInSeconds: 600, retryAfterSeconds: 60 });
    await waitFor(() => cli.output.stdout.includes('[outbox]'), 'the e-mail line');
    const outbox = (await (await fetch(`${url}/dev/outbox`)).json()) as { messages: Array<{ appUrl: string }> };
    expect(outbox.messages[0]?.appUrl).toMatch(/^ispeks-test:\/\/activate\?token=/);

    expect((await fetch(`${url}/dev/faults`)).status).toBe(404);

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(cli.output.stdout).toContain('SIGTERM received, stopping.');
    expect(cli.output.stdout).not.toContain(PENDING.icNumber);
    expect(cli.output.stdout).not.toContain('FAULT INJECTION');
  });
});
