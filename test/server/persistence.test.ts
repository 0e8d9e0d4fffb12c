import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { normaliseAnswer } from '../../shared/security-questions.ts';
import { OTHER_PENDING, PENDING, START, VALID_BODY, expectProblem, makeDataDir, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

const readState = () => readFile(join(h.dataDir, 'state.json'), 'utf8');
const digests = (value: string) =>
  ['md5', 'sha1', 'sha256', 'sha512'].flatMap((algorithm) => {
    const digest = createHash(algorithm).update(value).digest();
    return [digest.toString('hex'), digest.toString('base64'), digest.toString('base64url')];
  });

describe('state.json', () => {
  it('is seeded with the demo accounts on first start', async () => {
    const state = JSON.parse(await readState()) as { accounts: Array<{ icNumber: string; status: string }> };
    expect(state.accounts.map(({ icNumber, status }) => ({ icNumber, status }))).toEqual(
      demoAccounts.map(({ icNumber, status }) => ({ icNumber, status })),
    );
  });

  it('survives a restart: pending links, used links, active accounts and replays', async () => {
    const { token: used } = await h.linkFor(PENDING.icNumber);
    const key = randomUUID();
    const first = await (await h.complete(used, VALID_BODY, key)).text();
    const { token: waiting } = await h.linkFor(OTHER_PENDING.icNumber);

    await h.restart();

    const reopened = await h.open(waiting);
    expect(reopened.status).toBe(200);
    expect(((await reopened.json()) as { profile: { email: string } }).profile.email).toBe(OTHER_PENDING.email);
    await expectProblem(await h.open(used), 410, 'link-used');
    const replay = await h.complete(used, VALID_BODY, key);
    expect(replay.status).toBe(200);
    // The login URL names the server's address, which changed with the restart: the stored answer is replayed.
    expect(await replay.text()).toBe(first);
    const afterRestart = h.server.store.state.accounts.find((account) => account.icNumber === PENDING.icNumber);
    expect(afterRestart?.status).toBe('active');
  });

  it('never holds a token, short code, password or answer, nor a fast hash of one', async () => {
    const { token } = await h.linkFor(PENDING.icNumber);
    const { code } = await h.linkFor(OTHER_PENDING.icNumber);
    expect((await h.complete(token)).status).toBe(200);
    await h.server.settled();
    const text = await readState();
    const secrets = [
      VALID_BODY.password,
      ...VALID_BODY.securityAnswers.flatMap((row) => [row.answer, normaliseAnswer(row.answer)]),
      code,
      `${code.slice(0, 4)}-${code.slice(4)}`,
    ];
    for (const secret of secrets) {
      for (const form of [secret, ...digests(secret)]) expect(text).not.toContain(form);
    }
    expect(text).not.toContain(token);
    expect(text).toContain(createHash('sha256').update(token).digest('hex'));
  });

  it('is written atomically, readable by its owner only, with no temp files left behind', async () => {
    await h.linkFor(PENDING.icNumber);
    await h.linkFor(OTHER_PENDING.icNumber);
    await h.server.settled();
    expect((await readdir(h.dataDir)).sort()).toEqual(['outbox', 'state.json']);
    expect((await stat(join(h.dataDir, 'state.json'))).mode & 0o777).toBe(0o600);
  });

  it('answers 500 internal with no internals when it cannot be written, and keeps the old state', async () => {
    const { token } = await h.linkFor(PENDING.icNumber);
    const stateFile = join(h.dataDir, 'state.json');
    await rm(stateFile);
    await mkdir(stateFile);
    await writeFile(join(stateFile, 'blocker'), '');
    const key = randomUUID();

    const response = await h.complete(token, VALID_BODY, key);
    const body = await expectProblem(response, 500, 'internal');
    expect(body.detail).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/state\.json|EISDIR|ENOTEMPTY|at /);
    const errorLines = h.logs.filter((line) => line.startsWith('internal error in POST /v1/activations/:token: '));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).not.toContain(token);
    expect(h.server.store.state.accounts.find((account) => account.icNumber === PENDING.icNumber)?.status).toBe('pending');

    await rm(stateFile, { recursive: true });
    expect((await h.complete(token, VALID_BODY, key)).status).toBe(200);
  });

  it('refuses to start on a corrupt state file, naming it', async () => {
    const dataDir = await makeDataDir();
    await writeFile(join(dataDir, 'state.json'), '{"version": 1, "accounts": "oops"}');
    await expect(startHarness({ dataDir })).rejects.toThrow(
      `${join(dataDir, 'state.json')} is not a valid state file`,
    );
    await rm(dataDir, { recursive: true });
  });
});

describe('the outbox', () => {
  it('holds one .eml file per e-mail, readable only by its owner', async () => {
    await h.linkFor(PENDING.icNumber);
    const files = await readdir(h.server.outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    expect((await stat(join(h.server.outboxDir, files[0]!))).mode & 0o777).toBe(0o600);
  });

  it('builds links from the configured public base URL and app scheme, and states the configured lifetime', async () => {
    await h.stop();
    h = await startHarness({ publicBaseUrl: 'https://aktif.ispeks.example.gov.my/', appScheme: 'ispeks-demo', tokenTtlSeconds: 600 });
    const { token } = await h.linkFor(PENDING.icNumber);
    const message = h.server.outbox.messages().at(-1);
    expect(message?.activationUrl).toBe(`https://aktif.ispeks.example.gov.my/activate?token=${token}`);
    expect(message?.appUrl).toBe(`ispeks-demo://activate?token=${token}`);
    expect(message?.text).toContain('Pautan ini sah selama 10 minit sahaja.');
    expect(message?.sentAt).toBe(START.toISOString());
  });
});
