// The whole activation with failures along the way, logged at the most verbose level into a real
// file (electron-log/node, as electron-log/main writes it), then the file is searched for every
// value the person typed and every personal value the service sent back. None may be there.
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivationClient } from '../../main/api-client.ts';
import { configFor, createKioskServices } from '../../main/kiosk-services.ts';
import { configSources, logCrashes, startFileLog, type Logger } from '../../main/log.ts';
import { startActivationServer, type RunningServer } from '../../server/app.ts';
import { demoAccounts } from '../../server/demo-accounts.ts';

const person = demoAccounts.find((account) => account.status === 'pending')!;
const answers = [
  { questionId: 'first-pet', answer: 'Tompok Belang' },
  { questionId: 'childhood-food', answer: 'Laksam Kuah' },
  { questionId: 'first-car', answer: 'Kelisa Merah' },
];
const weakPassword = 'pendekSahaja';
const password = 'Wakaf-Bharu-Senja-Pagi-77';

let dir: string;
let server: RunningServer;
let logger: Logger;
const logFile = () => join(dir, 'main.log');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ispeks-log-privacy-'));
  server = await startActivationServer({ dataDir: join(dir, 'server'), dev: true, faults: true, log: () => undefined });
  logger = startFileLog(electronLog, 'debug', logFile());
  electronLog.transports.console.level = false;
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

it('keeps every personal value out of the IT log, failures and retries included', async () => {
  const typed: string[] = [];
  const received: string[] = [];
  const env = { ISPEKS_API_BASE_URL: server.url, ISPEKS_LOG_LEVEL: 'debug' };
  logger.log('info', 'app.start', { version: 'test', ...configSources(env, [], [], dir) });
  const { handlers } = createKioskServices({
    config: configFor(server.url, { ...env, ISPEKS_REQUEST_TIMEOUT_MS: '1000' }),
    version: 'test',
    logger,
    retryRuntime: { now: () => Date.now(), sleep: async () => undefined, random: () => 0.5 },
  });
  const faults = server.faults!;

  // The start screen while the network is down, then back.
  faults.arm({ calls: 'health', kind: 'reset', count: 1 });
  expect(await handlers.checkService({})).toEqual({ ok: true, value: { reachable: false, codeExchange: false } });
  expect(await handlers.checkService({})).toEqual({ ok: true, value: { reachable: true, codeExchange: true } });

  // A tampered payload, then the IC number through a 503 with Retry-After.
  const icTyped = `${person.icNumber.slice(0, 6)}-${person.icNumber.slice(6, 8)}-${person.icNumber.slice(8)}`;
  typed.push(icTyped, person.icNumber);
  expect((await handlers.requestActivation({ icNumber: 900101035678 })).ok).toBe(false);
  faults.arm({ calls: 'request', kind: 'http-503', count: 1, retryAfterSeconds: 1 });
  expect((await handlers.requestActivation({ icNumber: icTyped })).ok).toBe(true);

  // The link pasted with the text around it, through a reset connection and a proxy's HTML page.
  await server.settled();
  const email = server.outbox.messages().at(-1)!;
  const token = new URL(email.activationUrl).searchParams.get('token')!;
  typed.push(email.activationUrl, email.appUrl, token);
  // The short code, wrong once, then typed the forgiving way.
  typed.push(email.code, email.code.replace('-', ''), email.code.toLowerCase());
  expect(await handlers.openActivationByCode({ icNumber: icTyped, code: `${email.code.slice(0, -1)}${email.code.endsWith('0') ? '1' : '0'}` })).toMatchObject({ ok: false });
  expect(await handlers.openActivationByCode({ icNumber: icTyped, code: email.code.toLowerCase() })).toMatchObject({ ok: true });
  faults.arm({ calls: 'open', kind: 'reset', count: 1 });
  const opened = await handlers.openActivation({ link: `Pautan: <${email.activationUrl}>` });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const { profile } = opened.value;
  received.push(profile.icNumber, profile.name, profile.email, profile.email.split('@')[0]!, ...profile.name.split(/\s+/).filter((part) => part.length > 3));
  faults.arm({ calls: 'open', kind: 'html', count: 1 });
  expect(await handlers.openActivation({ link: email.appUrl })).toEqual({ ok: false, error: { code: 'server', status: 200 } });

  // A password the service refuses, then the completion, whose first answer is lost after it acted.
  typed.push(weakPassword, password, ...answers.map((row) => row.answer));
  const weakKey = crypto.randomUUID();
  expect((await handlers.completeActivation({ token, idempotencyKey: weakKey, securityAnswers: answers, password: weakPassword })).ok).toBe(false);
  const key = crypto.randomUUID();
  typed.push(weakKey, key);
  faults.arm({ calls: 'complete', kind: 'timeout', count: 1, phase: 'after', delayMs: 60_000 });
  const completed = await handlers.completeActivation({ token, idempotencyKey: key, securityAnswers: answers, password });
  if (!completed.ok) throw new Error(JSON.stringify(completed.error));
  received.push(completed.value.loginUrl);
  expect(await handlers.openActivation({ link: email.appUrl })).toEqual({ ok: false, error: { code: 'link-used' } });

  // A certificate problem, and a crash whose message carries personal data.
  const tlsClient = createActivationClient({ baseUrl: server.url.replace('http:', 'https:'), fetch: (request) => fetch(request), timeoutMs: 1000, logger });
  expect((await tlsClient.getActivation(token)).ok).toBe(false);
  const processLike = new EventEmitter();
  logCrashes(processLike, logger);
  processLike.emit('uncaughtExceptionMonitor', new Error(`no profile for ${person.icNumber} (${profile.email}) from ${email.activationUrl}`), 'uncaughtException');

  const log = await readFile(logFile(), 'utf8');
  for (const value of [...typed, ...received]) expect(log, `the log holds "${value}"`).not.toContain(value);
  // And it still tells IT what happened.
  for (const expected of [
    /\[info\] +app\.start version=test configFiles=none configEnv=ISPEKS_API_BASE_URL,ISPEKS_LOG_LEVEL configFlags=none/,
    /\[debug\] +api\.call call=health method=GET path=\/v1\/health attempt=1 durationMs=\d+ error=network failure=lost/,
    /\[warn\] +ipc\.rejected channel=requestActivation fields=icNumber/,
    /\[warn\] +api\.call call=request method=POST path=\/v1\/activation-requests attempt=1 status=503 durationMs=\d+ error=service-unavailable failure=status retryInMs=1000/,
    /\[info\] +api\.call call=request method=POST path=\/v1\/activation-requests attempt=2 status=202/,
    /\[debug\] +api\.call call=probe method=POST path=\/v1\/activation-codes\/exchange attempt=1 status=400/,
    /\[warn\] +api\.call call=exchange method=POST path=\/v1\/activation-codes\/exchange attempt=1 status=404 durationMs=\d+ error=link-not-found failure=status/,
    /\[info\] +api\.call call=exchange method=POST path=\/v1\/activation-codes\/exchange attempt=1 status=200/,
    /\[info\] +api\.call call=open method=GET path=\/v1\/activations\/\{token\} attempt=2 status=200/,
    /\[warn\] +api\.call call=complete method=POST path=\/v1\/activations\/\{token\} attempt=1 status=422 durationMs=\d+ error=policy-violation failure=status/,
    /\[warn\] +api\.call call=complete method=POST path=\/v1\/activations\/\{token\} attempt=1 durationMs=\d+ error=timeout failure=timeout retryInMs=\d+/,
    /\[info\] +api\.call call=complete method=POST path=\/v1\/activations\/\{token\} attempt=2 status=200/,
    /\[warn\] +api\.call call=open .* error=tls failure=final host=127\.0\.0\.1:\d+/,
    /\[error\] +app\.crash origin=uncaughtException error=Error message="no profile for \[redacted\] \S*\[redacted\]\S* from \[redacted\]"/,
  ]) expect(log).toMatch(expected);
});
