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

  it('never holds a token, password or answer, nor a fast hash of one', async () => {
    const { token } = await h.linkFor(PENDING.icNumber);
    expect((await h.complete(token)).status).toBe(200);
    await h.server.settled();
    const text = await readState();
    const secrets = [VALID_BODY.password, ...VALID_BODY.securityAnswers.flatMap((row) => [row.answer, normaliseAnswer(row.answer)])];
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
  const decodeWords = (header: string) =>
    header.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g, (_word, base64: string) => Buffer.from(base64, 'base64').toString('utf8'));

  it('holds one RFC 5322 .eml file per e-mail, with both links, in Malay then English', async () => {
    const { token } = await h.linkFor(PENDING.icNumber);
    const files = await readdir(h.server.outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const eml = await readFile(join(h.server.outboxDir, files[0] ?? ''), 'utf8');

    expect(eml.replace(/\r\n/g, '')).not.toContain('\n');
    const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
    const body = eml.slice(head.length + 4);
    const headers = new Map(
      head
        .replace(/\r\n /g, ' ')
        .split('\r\n')
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)] as const),
    );
    expect([...headers.keys()]).toEqual([
      'From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding',
    ]);
    expect(headers.get('To')).toBe(`"${PENDING.name}" <${PENDING.email}>`);
    expect(headers.get('Subject')).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(headers.get('Subject') ?? '')).toBe('Pengaktifan Akaun iSPEKS — iSPEKS account activation');
    expect(headers.get('Date')).toBe('Mon, 02 Mar 2026 02:00:00 +0000');
    expect(headers.get('Message-ID')).toMatch(/^<[0-9a-f-]{36}@demo\.ispeks\.invalid>$/);
    expect(headers.get('MIME-Version')).toBe('1.0');
    expect(headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(headers.get('Content-Transfer-Encoding')).toBe('8bit');

    expect(body).toContain(`Salam sejahtera ${PENDING.name},`);
    expect(body).toContain(`${h.url}/activate?token=${token}`);
    expect(body).toContain(`ispeks://activate?token=${token}`);
    expect(body).toContain('Pautan ini sah selama 30 minit sahaja.');
    expect(body).toContain('abaikan e-mel ini');
    expect(body.indexOf('abaikan')).toBeLessThan(body.indexOf('English:'));
    expect(body).toContain('within 30 minutes');
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
