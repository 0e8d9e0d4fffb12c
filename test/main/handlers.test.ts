// The IPC handlers against the real reference API on 127.0.0.1: exactly what the kiosk runs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActivationClient } from '../../main/api-client.ts';
import { loadConfig } from '../../main/config.ts';
import { createHandlers } from '../../main/handlers.ts';
import { createLinkInbox } from '../../main/link-inbox.ts';
import { MAX_LINK_INPUT_LENGTH } from '../../shared/activation-link.ts';
import type { Handlers } from '../../shared/ipc-contract.ts';
import { startActivationServer } from '../../server/app.ts';
import { demoAccounts } from '../../server/demo-accounts.ts';

let dataDir: string;
let server: Awaited<ReturnType<typeof startActivationServer>>;
let handlers: Handlers;
let opened: string[];
let endedSessions: (readonly string[])[];
let linkInbox: ReturnType<typeof createLinkInbox>;
let clipboardText: string;

const pending = demoAccounts.find((account) => account.status === 'pending')!;
const active = demoAccounts.find((account) => account.status === 'active')!;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ispeks-handlers-'));
  server = await startActivationServer({ dataDir, dev: true, log: () => undefined });
  const result = loadConfig({ ISPEKS_API_BASE_URL: server.url }, []);
  if (!result.ok) throw new Error('bad test config');
  opened = [];
  endedSessions = [];
  linkInbox = createLinkInbox();
  clipboardText = '';
  handlers = createHandlers({
    client: createActivationClient({ baseUrl: result.config.apiBaseUrl, fetch: (request) => fetch(request), timeoutMs: 5000 }),
    config: result.config,
    version: '1.2.3',
    openExternal: async (url) => void opened.push(url),
    readClipboard: () => clipboardText,
    linkInbox,
    clearTraces: async (typedValues) => void endedSessions.push(typedValues),
    clock: () => new Date('2026-11-24T10:00:00+08:00'),
  });
});
afterEach(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function latestLinks(email: string) {
  const { messages } = (await (await fetch(`${server.url}/dev/outbox`)).json()) as {
    messages: { to: string; activationUrl: string; appUrl: string }[];
  };
  const message = messages.filter((m) => m.to.includes(email)).at(-1);
  if (!message) throw new Error(`no email to ${email}`);
  return message;
}

const answers = (ids: string[]) => ids.map((questionId, i) => ({ questionId, answer: ['kucing oren', 'nasi kerabu', 'pak mat'][i]! }));

describe('IPC handlers against the reference API', () => {
  it('walks a person from IC number to activated account', async () => {
    const requested = await handlers.requestActivation({ icNumber: `${pending.icNumber.slice(0, 6)}-${pending.icNumber.slice(6, 8)}-${pending.icNumber.slice(8)}` });
    expect(requested).toEqual({ ok: true, value: { expiresInSeconds: 1800, retryAfterSeconds: 60 } });

    const { appUrl } = await latestLinks(pending.email);
    const opened1 = await handlers.openActivation({ link: `  <${appUrl}>  ` });
    if (!opened1.ok) throw new Error(JSON.stringify(opened1.error));
    expect(opened1.value.profile).toMatchObject({ icNumber: pending.icNumber, name: pending.name, email: pending.email });
    expect(opened1.value.securityQuestions.length).toBeGreaterThanOrEqual(3);

    const ids = opened1.value.securityQuestions.slice(0, 3).map((q) => q.id);
    const completed = await handlers.completeActivation({
      token: opened1.value.token,
      idempotencyKey: crypto.randomUUID(),
      securityAnswers: answers(ids),
      password: 'Tenang-Sungai-Golok-42',
    });
    expect(completed).toEqual({ ok: true, value: { loginUrl: expect.stringMatching(/^https?:\/\//) } });

    expect(await handlers.openActivation({ link: appUrl })).toEqual({ ok: false, error: { code: 'link-used' } });
    expect(await handlers.openLogin({})).toEqual({ ok: true, value: { opened: true, loginUrl: `${server.url}/login` } });
    expect(opened).toEqual([`${server.url}/login`]);
  });

  it('opens the https link from the email, also when Outlook Safe Links wrapped it', async () => {
    await handlers.requestActivation({ icNumber: pending.icNumber });
    const { activationUrl } = await latestLinks(pending.email);
    const wrapped = `https://apc01.safelinks.protection.outlook.com/?url=${encodeURIComponent(activationUrl)}&data=05%7C02&reserved=0`;
    const result = await handlers.openActivation({ link: wrapped });
    expect(result.ok && result.value.profile.email).toBe(pending.email);
  });

  it('refuses a bad IC number before calling the API', async () => {
    expect(await handlers.requestActivation({ icNumber: '901301-03-5678' })).toEqual({ ok: false, error: { code: 'invalid-ic-number', problem: 'date' } });
    expect(await handlers.requestActivation({ icNumber: '900101-00-5678' })).toEqual({ ok: false, error: { code: 'invalid-ic-number', problem: 'place-of-birth' } });
    const { messages } = (await (await fetch(`${server.url}/dev/outbox`)).json()) as { messages: unknown[] };
    expect(messages).toEqual([]);
  });

  it('answers a repeated request with the wait, and an unknown IC exactly like a known one', async () => {
    const unknown = await handlers.requestActivation({ icNumber: '850615-03-1234' });
    const known = await handlers.requestActivation({ icNumber: pending.icNumber });
    expect(unknown).toEqual(known);
    const again = await handlers.requestActivation({ icNumber: pending.icNumber });
    expect(again.ok === false && again.error.code).toBe('rate-limited');
    expect(again.ok === false && again.error.code === 'rate-limited' && again.error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('tells an already active account so', async () => {
    await handlers.requestActivation({ icNumber: active.icNumber });
    const { appUrl } = await latestLinks(active.email);
    expect(await handlers.openActivation({ link: appUrl })).toEqual({ ok: false, error: { code: 'already-active' } });
  });

  it.each([
    ['', 'empty'],
    ['hello there', 'not-a-link'],
    ['https://evil.example/activate?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'host-not-allowed'],
    ['ispeks://activate?token=short', 'no-token'],
  ])('says why %j is not an activation link, without calling the API', async (link, problem) => {
    expect(await handlers.openActivation({ link })).toEqual({ ok: false, error: { code: 'invalid-link', problem } });
  });

  it('answers an unknown token with link-not-found', async () => {
    expect(await handlers.openActivation({ link: 'B'.repeat(43) })).toEqual({ ok: false, error: { code: 'link-not-found' } });
  });

  it('passes every violated rule back from the server', async () => {
    await handlers.requestActivation({ icNumber: pending.icNumber });
    const opened1 = await handlers.openActivation({ link: (await latestLinks(pending.email)).appUrl });
    if (!opened1.ok) throw new Error('could not open');
    const id = opened1.value.securityQuestions[0]!.id;
    const result = await handlers.completeActivation({
      token: opened1.value.token,
      idempotencyKey: crypto.randomUUID(),
      securityAnswers: [{ questionId: id, answer: 'a' }, { questionId: id, answer: 'b' }, { questionId: id, answer: '  ' }],
      password: 'short',
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'policy-violation') throw new Error(`unexpected ${JSON.stringify(result)}`);
    const rules = result.error.violations.map((v) => `${v.field}:${v.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['password:minLength', 'password:uppercase', 'password:digit', 'password:special']));
    expect(rules.some((r) => r.endsWith('question-duplicate'))).toBe(true);
    expect(rules.some((r) => r.endsWith('answer-empty'))).toBe(true);
  });

  it.each([
    ['requestActivation', { icNumber: 900101035678 }],
    ['requestActivation', { icNumber: '900101035678', extra: true }],
    ['openActivation', null],
    ['openActivation', { link: 'x'.repeat(MAX_LINK_INPUT_LENGTH + 2) }],
    ['completeActivation', { token: 'A'.repeat(43), idempotencyKey: 'not-a-uuid', securityAnswers: [], password: 'x' }],
    ['getAppInfo', 'hello'],
  ] as const)('refuses a malformed %s payload as invalid input', async (channel, payload) => {
    expect(await handlers[channel](payload)).toEqual({ ok: false, error: { code: 'invalid-input' } });
  });

  it('tells the renderer what it needs to know about the app', async () => {
    expect(await handlers.getAppInfo({})).toEqual({
      ok: true,
      value: {
        demo: true,
        version: '1.2.3',
        defaultLanguage: 'ms',
        linkScheme: 'ispeks',
        kiosk: false,
        idleSeconds: 120,
        idleWarningSeconds: 30,
        loginAction: 'open-browser',
        minPasswordScore: 3,
        onScreenKeyboard: 'auto',
      },
    });
  });

  it('hands over the newest deep link once', async () => {
    expect(await handlers.takePendingLink({})).toEqual({ ok: true, value: { link: null } });
    linkInbox.offer('ispeks://activate?token=old');
    linkInbox.offer('ispeks://activate?token=new');
    expect(await handlers.takePendingLink({})).toEqual({ ok: true, value: { link: 'ispeks://activate?token=new' } });
    expect(await handlers.takePendingLink({})).toEqual({ ok: true, value: { link: null } });
  });

  it('pastes the clipboard only when it holds an activation link, and shows nothing else it holds', async () => {
    expect(await handlers.pasteLink({})).toEqual({ ok: true, value: { link: null } });
    await handlers.requestActivation({ icNumber: pending.icNumber });
    const { activationUrl, appUrl } = await latestLinks(pending.email);
    for (const link of [activationUrl, appUrl]) {
      clipboardText = `\n  ${link} \n`;
      expect(await handlers.pasteLink({})).toEqual({ ok: true, value: { link } });
    }
    clipboardText = `PIN 4321\nPautan: ${activationUrl} and more text`;
    expect(await handlers.pasteLink({})).toEqual({ ok: true, value: { link: appUrl } });
    for (const other of ['Sungai-Golok-Tenang-42', pending.icNumber, 'https://phish.example/activate?token=abc']) {
      clipboardText = other;
      expect(await handlers.pasteLink({}), other).toEqual({ ok: true, value: { link: null } });
    }
    expect(await handlers.pasteLink({ text: 'x' })).toEqual({ ok: false, error: { code: 'invalid-input' } });
  });

  it('passes what the person typed to the trace cleaner at the end of a session', async () => {
    expect(await handlers.endSession({ typedValues: ['900101035678', 'kucing oren'] })).toEqual({ ok: true, value: { cleared: true } });
    expect(endedSessions).toEqual([['900101035678', 'kucing oren']]);
    expect(await handlers.endSession({ typedValues: Array(21).fill('x') })).toEqual({ ok: false, error: { code: 'invalid-input' } });
  });
});
