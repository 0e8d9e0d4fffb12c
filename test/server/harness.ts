// A real reference server on a free loopback port, with a clock the test moves and its log captured.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { startActivationServer } from '../../server/app.ts';
import type { RunningServer, ServerOptions } from '../../server/app.ts';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { problem } from '../../shared/api-contract.ts';
import type { CompleteActivationBody } from '../../shared/api-contract.ts';

export const START = new Date('2026-03-02T02:00:00.000Z');

const pending = demoAccounts.filter((account) => account.status === 'pending');
const active = demoAccounts.find((account) => account.status === 'active');
if (pending.length < 2 || !active) throw new Error('the tests need two pending demo accounts and an active one');
export const PENDING = pending[0]!;
export const OTHER_PENDING = pending[1]!;
export const ACTIVE = active;
/** Valid date and place of birth, but nobody's account. */
export const UNREGISTERED_IC = '910505035555';

export const VALID_BODY: CompleteActivationBody = {
  securityAnswers: [
    { questionId: 'first-pet', answer: '  Si   COMEL ' },
    { questionId: 'childhood-food', answer: 'Nasi Kerabu' },
    { questionId: 'first-car', answer: 'Kancil 660' },
  ],
  password: 'Tropika-Hujan-2026!',
};

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'ispeks-server-test-'));
}

export async function startHarness(options: Partial<ServerOptions> = {}) {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const clock = { now: START };
  const logs: string[] = [];
  let server: RunningServer = await start();

  function start() {
    return startActivationServer({ dev: true, clock: () => clock.now, log: (line) => logs.push(line), ...options, dataDir });
  }

  const h = {
    dataDir,
    logs,
    get server() {
      return server;
    },
    get url() {
      return server.url;
    },
    advance(seconds: number) {
      clock.now = new Date(clock.now.getTime() + seconds * 1000);
    },
    now: () => clock.now,
    send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      return fetch(`${server.url}${path}`, {
        method,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
    requestActivation(icNumber: string) {
      return h.send('POST', '/v1/activation-requests', { icNumber });
    },
    /** Asks for a link for `icNumber` and returns the token of the e-mail it produced. */
    async issueToken(icNumber: string): Promise<string> {
      const response = await h.requestActivation(icNumber);
      expect(response.status).toBe(202);
      await server.settled();
      const newest = server.outbox.messages().at(-1);
      const token = newest && new URL(newest.activationUrl).searchParams.get('token');
      if (!token) throw new Error(`no e-mail was sent for ${icNumber}`);
      return token;
    },
    open(token: string) {
      return h.send('GET', `/v1/activations/${token}`);
    },
    complete(token: string, body: unknown = VALID_BODY, idempotencyKey: string = randomUUID()) {
      return h.send('POST', `/v1/activations/${token}`, body, { 'idempotency-key': idempotencyKey });
    },
    /** Stops and starts the server on the same data folder (a new port). */
    async restart() {
      await server.close();
      server = await start();
    },
    async stop() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}

const PROBLEM_KEYS = Object.keys(problem.shape);

/** Status, problem+json content type, shape and code of an error response; returns the body. */
export async function expectProblem(response: Response, status: number, code: string) {
  const raw = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(raw).filter((key) => !PROBLEM_KEYS.includes(key))).toEqual([]);
  const body = problem.parse(raw);
  expect({ status: response.status, code: body.code, bodyStatus: body.status }).toEqual({ status, code, bodyStatus: status });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return body;
}
