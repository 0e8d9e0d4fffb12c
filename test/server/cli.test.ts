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
function runCli(env: Record<string, string>) {
  running = startCli(env);
  return running;
}

describe('npm run server', () => {
  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['ACTIVATION_TOKEN_TTL_SECONDS', '0'],
    ['ACTIVATION_TOKEN_TTL_SECONDS', '1.5'],
    ['ISPEKS_APP_SCHEME', 'https'],
    ['ISPEKS_APP_SCHEME', 'ispeks://'],
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

  it('refuses fault injection in production', async () => {
    dataDir = await makeDataDir();
    const { exited, output } = runCli({ PORT: '0', ACTIVATION_DATA_DIR: dataDir, ACTIVATION_FAULTS: '1', NODE_ENV: 'production' });
    expect(await exited).toBe(1);
    expect(output.stderr).toContain('refused when NODE_ENV=production');
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
