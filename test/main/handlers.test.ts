// The IPC handlers against the real reference API on 127.0.0.1: exactly what the kiosk runs.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configFor, createKioskServices } from '../../main/kiosk-services.ts';
import type { LinkInbox } from '../../main/link-inbox.ts';
import { ipcContract, type Handlers } from '../../shared/ipc-contract.ts';
import { activationCodeFrom } from '../../shared/activation-code.ts';
import { MAX_LINK_INPUT_LENGTH } from '../../shared/activation-link.ts';
import { startActivationServer } from '../../server/app.ts';
import { demoAccounts } from '../../server/demo-accounts.ts';

let dataDir: string;
let server: Awaited<ReturnType<typeof startActivationServer>>;
let handlers: Handlers;
let opened: string[];
let linkInbox: LinkInbox;
let clipboardText: string;
/** Codes the server hands out next, before random ones. */
let nextCodes: string[];
/** How far the server's clock is ahead of the real one. */
let serverAheadMs: number;

const pending = demoAccounts.find((account) => account.status === 'pending')!;
const active = demoAccounts.find((account) => account.status === 'active')!;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ispeks-handlers-'));
  nextCodes = [];
  serverAheadMs = 0;
  server = await startActivationServer({
    dataDir,
    dev: true,
    log: () => undefined,
    clock: () => new Date(Date.now() + serverAheadMs),
    activationCodes: () => nextCodes.shift() ?? activationCodeFrom(randomBytes(8)),
  });
  opened = [];
  clipboardText = '';
  ({ handlers, linkInbox } = createKioskServices({
    config: configFor(server.url, { ISPEKS_REQUEST_TIMEOUT_MS: '5000' }),
    version: '1.2.3',
    desktop: {
      openExternal: async (url) => void opened.push(url),
      readClipboard: () => clipboardText,
      clearClipboard: () => void (clipboardText = ''),
    },
    clock: () => new Date('2026-11-24T10:00:00+08:00'),
  }));
});
afterEach(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function latestLinks(email: string) {
  const { messages } = (await (await fetch(`${server.url}/dev/outbox`)).json()) as {
    messages: { to: string; activationUrl: string; appUrl: string; code: string }[];
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

  it('tells the renderer the settings the contract names, as configured, and nothing else', async () => {
    const { handlers: configured } = createKioskServices({
      config: configFor(server.url, { ISPEKS_KIOSK: 'true', ISPEKS_IDLE_SECONDS: '300', ISPEKS_DEFAULT_LANGUAGE: 'en' }),
      version: '1.2.3',
    });
    const info = await configured.getAppInfo({});
    if (!info.ok) throw new Error(JSON.stringify(info.error));
    expect(Object.keys(info.value).sort()).toEqual(Object.keys(ipcContract.getAppInfo.response.shape).sort());
    expect(info.value).toMatchObject({ version: '1.2.3', demo: true, kiosk: true, idleSeconds: 300, defaultLanguage: 'en', linkScheme: 'ispeks' });
    expect(JSON.stringify(info.value)).not.toContain(server.url);
  });

  it('opens the login page only after an activation completed, and not once the session has ended', async () => {
    expect(await handlers.openLogin({})).toEqual({ ok: false, error: { code: 'invalid-input' } });
    expect(opened).toEqual([]);
    await handlers.requestActivation({ icNumber: pending.icNumber });
    const details = await handlers.openActivation({ link: (await latestLinks(pending.email)).appUrl });
    if (!details.ok) throw new Error(JSON.stringify(details.error));
    const ids = details.value.securityQuestions.slice(0, 3).map((q) => q.id);
    const completion = { token: details.value.token, idempotencyKey: crypto.randomUUID(), securityAnswers: answers(ids), password: 'Tenang-Sungai-Golok-42' };
    expect((await handlers.completeActivation(completion)).ok).toBe(true);
    // The kiosk wipes the form the moment the activation succeeds, while Tahniah is on the screen.
    await handlers.endSession({ typedValues: [] });
    expect(await handlers.openLogin({})).toEqual({ ok: true, value: { opened: true, loginUrl: `${server.url}/login` } });
    // Log Masuk used, or the idle reset, or Mula semula: the next person starts without it.
    await handlers.endSession({ typedValues: [] });
    expect(await handlers.openLogin({})).toEqual({ ok: false, error: { code: 'invalid-input' } });
    expect(opened).toEqual([`${server.url}/login`]);
  });

  it('never opens a browser on a kiosk, even after an activation: it shows the address', async () => {
    const { handlers: kiosk } = createKioskServices({
      config: configFor(server.url, { ISPEKS_KIOSK: 'true' }),
      version: '1.2.3',
      desktop: { openExternal: async (url) => void opened.push(url) },
    });
    await kiosk.requestActivation({ icNumber: pending.icNumber });
    const details = await kiosk.openActivation({ link: (await latestLinks(pending.email)).appUrl });
    if (!details.ok) throw new Error(JSON.stringify(details.error));
    const ids = details.value.securityQuestions.slice(0, 3).map((q) => q.id);
    const done = await kiosk.completeActivation({ token: details.value.token, idempotencyKey: crypto.randomUUID(), securityAnswers: answers(ids), password: 'Tenang-Sungai-Golok-42' });
    expect(done.ok).toBe(true);
    expect(await kiosk.openLogin({})).toEqual({ ok: true, value: { opened: false, loginUrl: `${server.url}/login` } });
    expect(opened).toEqual([]);
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
    // Only the link, rebuilt from its token: never the text around it.
    for (const text of [activationUrl, `\n  ${appUrl} \n`, `PIN 4321, kata laluan sementara Abc123. Pautan: ${activationUrl} (sah 30 minit)`]) {
      clipboardText = text;
      expect(await handlers.pasteLink({}), text).toEqual({ ok: true, value: { link: appUrl } });
    }
    clipboardText = `PIN 4321\nPautan: ${activationUrl} and more text`;
    expect(await handlers.pasteLink({})).toEqual({ ok: true, value: { link: appUrl } });
    for (const other of ['Sungai-Golok-Tenang-42', pending.icNumber, 'https://phish.example/activate?token=abc']) {
      clipboardText = other;
      expect(await handlers.pasteLink({}), other).toEqual({ ok: true, value: { link: null } });
    }
    expect(await handlers.pasteLink({ text: 'x' })).toEqual({ ok: false, error: { code: 'invalid-input' } });
  });

  it('clears the clipboard at the end of a session when it holds something the person typed, and only then', async () => {
    clipboardText = 'jawapan saya: kucing oren';
    expect(await handlers.endSession({ typedValues: ['900101035678', 'kucing oren'] })).toEqual({ ok: true, value: { cleared: true } });
    expect(clipboardText).toBe('');
    clipboardText = 'minit mesyuarat';
    await handlers.endSession({ typedValues: ['900101035678', 'kucing oren'] });
    expect(clipboardText).toBe('minit mesyuarat');
    expect(await handlers.endSession({ typedValues: Array(21).fill('x') })).toEqual({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('the short code and the scan view', () => {
  it('reads the IC number and the code the forgiving way, and says which is wrong before asking the API', async () => {
    expect(await handlers.openActivationByCode({ icNumber: '900101-17-5678', code: '7K3M-9QXD' })).toEqual({
      ok: false,
      error: { code: 'invalid-ic-number', problem: 'place-of-birth' },
    });
    expect(await handlers.openActivationByCode({ icNumber: pending.icNumber, code: '7K3M-9QXU' })).toEqual({
      ok: false,
      error: { code: 'invalid-code', problem: 'characters' },
    });
    expect(await handlers.openActivationByCode({ icNumber: pending.icNumber, code: '7K3M 9Q' })).toEqual({
      ok: false,
      error: { code: 'invalid-code', problem: 'length' },
    });
    expect((await handlers.openActivationByCode({ icNumber: pending.icNumber, code: 'x'.repeat(400) })).ok).toBe(false);
  });

  it('opens the activation behind the code, typed in small letters with hyphens and spaces, O for 0 and I or L for 1', async () => {
    nextCodes = ['0K1M1Q0D'];
    await handlers.requestActivation({ icNumber: pending.icNumber });
    const { code, activationUrl } = await latestLinks(pending.email);
    expect(code).toBe('0K1M-1Q0D');
    const opened1 = await handlers.openActivationByCode({ icNumber: `${pending.icNumber.slice(0, 6)}-${pending.icNumber.slice(6, 8)}-${pending.icNumber.slice(8)}`, code: ' ok-lm iQ-od ' });
    if (!opened1.ok) throw new Error(JSON.stringify(opened1.error));
    expect(opened1.value.profile).toMatchObject({ icNumber: pending.icNumber, name: pending.name, email: pending.email });
    expect(opened1.value.token).toBe(new URL(activationUrl).searchParams.get('token'));
    const ids = opened1.value.securityQuestions.slice(0, 3).map((q) => q.id);
    const completion = { token: opened1.value.token, idempotencyKey: crypto.randomUUID(), securityAnswers: answers(ids), password: 'Tenang-Sungai-Golok-42' };
    expect((await handlers.completeActivation(completion)).ok).toBe(true);
    expect(await handlers.openActivationByCode({ icNumber: pending.icNumber, code })).toEqual({ ok: false, error: { code: 'link-used' } });
  });

  it("says link-not-found for a wrong code and for another person's code, and link-expired once the link has expired", async () => {
    const other = demoAccounts.filter((account) => account.status === 'pending')[1]!;
    nextCodes = ['7K3M9QXD', 'ABCD2345'];
    await handlers.requestActivation({ icNumber: pending.icNumber });
    await handlers.requestActivation({ icNumber: other.icNumber });
    expect(await handlers.openActivationByCode({ icNumber: pending.icNumber, code: '7K3M-9QXE' })).toEqual({ ok: false, error: { code: 'link-not-found' } });
    expect(await handlers.openActivationByCode({ icNumber: pending.icNumber, code: 'ABCD-2345' })).toEqual({ ok: false, error: { code: 'link-not-found' } });
    serverAheadMs = 1801_000;
    expect(await handlers.openActivationByCode({ icNumber: pending.icNumber, code: '7K3M-9QXD' })).toEqual({ ok: false, error: { code: 'link-expired' } });
  });

  it('says to wait for a new e-mail after five wrong codes, while the link itself still opens', async () => {
    nextCodes = ['7K3M9QXD'];
    await handlers.requestActivation({ icNumber: pending.icNumber });
    for (const last of 'ABCEF') expect((await handlers.openActivationByCode({ icNumber: pending.icNumber, code: `7K3M9QX${last}` })).ok).toBe(false);
    const refused = await handlers.openActivationByCode({ icNumber: pending.icNumber, code: '7K3M9QXD' });
    expect(refused).toEqual({ ok: false, error: { code: 'rate-limited', retryAfterSeconds: expect.any(Number) } });
    expect((await handlers.openActivation({ link: (await latestLinks(pending.email)).appUrl })).ok).toBe(true);
  });

  it('opens the camera only while the scan view is open, and takes it back at the end of a session', async () => {
    const services = createKioskServices({ config: configFor(server.url), version: 'test' });
    const request = { requestingUrl: 'app://kiosk/index.html', isMainFrame: true, mediaTypes: ['video'] };
    expect(services.cameraGate.allowsRequest('media', request)).toBe(false);
    expect(await services.handlers.setScanView({ open: true })).toEqual({ ok: true, value: { cameraAllowed: true } });
    expect(services.cameraGate.allowsRequest('media', request)).toBe(true);
    await services.handlers.endSession({ typedValues: [] });
    expect(services.cameraGate.allowsRequest('media', request)).toBe(false);
    await services.handlers.setScanView({ open: true });
    await services.handlers.setScanView({ open: false });
    expect(services.cameraGate.allowsRequest('media', request)).toBe(false);
    expect((await services.handlers.setScanView({ open: 'yes' })).ok).toBe(false);
  });
});
