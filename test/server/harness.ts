// The one way test/server starts the reference server: in-process on a free loopback port, in a temp
// folder, with a clock the test moves and its log captured (startHarness); or `npm run server` as a
// child process, for what only the command line does (startCli).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { startActivationServer } from '../../server/app.ts';
import type { RunningServer, ServerOptions } from '../../server/app.ts';
import { demoAccounts } from '../../server/demo-accounts.ts';
import { problem } from '../../shared/api-contract.ts';
import type { CompleteActivationBody } from '../../shared/api-contract.ts';
import { linkFor } from './link-for.ts';

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

/** Starts a server; when it cannot start, the temp folder it made is removed and the error rethrown. */
export async function startHarness(options: Partial<ServerOptions> = {}) {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const clock = { now: START };
  const logs: string[] = [];
  let server: RunningServer;
  try {
    server = await start();
  } catch (error) {
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

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
    /** An activation request from another loopback address (127.0.0.2 …), optionally through a proxy's header. */
    requestActivationFrom(address: string, icNumber: string, headers: Record<string, string> = {}) {
      return sendFrom(server.url, address, 'POST', '/v1/activation-requests', { icNumber }, headers);
    },
    /** Asks for a link for a registered `icNumber`, as a kiosk does, and returns the e-mail's links. */
    linkFor(icNumber: string) {
      return linkFor(server, icNumber);
    },
    /** POST /v1/activation-codes/exchange with this IC number and code, as they are. */
    exchange(icNumber: string, code: string) {
      return h.send('POST', '/v1/activation-codes/exchange', { icNumber, code });
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

/** What every answer of the API carries, errors included. */
export function expectSecurityHeaders(response: Response) {
  expect({
    cacheControl: response.headers.get('cache-control'),
    contentTypeOptions: response.headers.get('x-content-type-options'),
    referrerPolicy: response.headers.get('referrer-policy'),
    framing: response.headers.get('content-security-policy')?.includes("frame-ancestors 'none'"),
  }).toEqual({ cacheControl: 'no-store', contentTypeOptions: 'nosniff', referrerPolicy: 'no-referrer', framing: true });
}

/** Status, problem+json content type, shape, code and security headers of an error response; returns the body. */
export async function expectProblem(response: Response, status: number, code: string) {
  const raw = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(raw).filter((key) => !PROBLEM_KEYS.includes(key))).toEqual([]);
  const body = problem.parse(raw);
  expect({ status: response.status, code: body.code, bodyStatus: body.status }).toEqual({ status, code, bodyStatus: status });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expectSecurityHeaders(response);
  return body;
}

/** A request from a given local address: Linux routes all of 127.0.0.0/8 to loopback. */
export function sendFrom(url: string, localAddress: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${url}${path}`,
      { method, localAddress, headers: text === undefined ? headers : { 'content-type': 'application/json', ...headers } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const responseHeaders = new Headers(Object.entries(incoming.headers).map(([name, value]) => [name, String(value)] as [string, string]));
          resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers: responseHeaders }));
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(text);
  });
}

/**
 * Sends bytes as they are, for what fetch refuses to send (malformed URLs and headers, invalid
 * UTF-8), and reads the answer until the server closes the connection.
 */
export function sendRaw(url: string, request: string | Buffer): Promise<Response> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.end(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const headEnd = raw.indexOf('\r\n\r\n');
      if (headEnd < 0) return reject(new Error(`no HTTP answer: ${JSON.stringify(raw.toString('latin1'))}`));
      const [statusLine = '', ...lines] = raw.subarray(0, headEnd).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1]);
      const headers = new Headers(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as [string, string]));
      resolve(new Response(raw.subarray(headEnd + 4), { status, headers }));
    });
  });
}

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run server` as a child process with these environment variables and arguments; `stop()` kills it if still running. */
export function startCli(env: Record<string, string>, args: readonly string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output,
    exited,
    /** Waits for the start-up lines and returns the URL they name. */
    async listening(): Promise<string> {
      await waitFor(() => /Ctrl\+C/.test(output.stdout), 'the start-up lines');
      return /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.stdout)?.[1] ?? '';
    },
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
