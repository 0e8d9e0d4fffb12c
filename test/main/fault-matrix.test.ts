// The fault matrix: every fault the reference server can inject × each call the kiosk makes,
// once (a blip) and for good (until it is cleared). Real HTTP on 127.0.0.1, the real client and
// handlers, and the renderer's store on top (only React is missing), so "what the person sees",
// "what they typed" and "Cuba semula" are the kiosk's own. For each cell: the message, the input
// kept, the attempts the server saw, and the server's state once the person tried again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configFor, createKioskServices } from '../../main/kiosk-services.ts';
import { errorMessage } from '../../renderer/src/i18n/errors.ts';
import { ms } from '../../renderer/src/i18n/ms.ts';
import { createTestStore } from '../renderer/store-harness.ts';
import { startActivationServer, type RunningServer } from '../../server/app.ts';
import { demoAccounts } from '../../server/demo-accounts.ts';
import type { FaultCall, FaultKind } from '../../server/faults.ts';
import { hashToken, verifySecret } from '../../server/hashing.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import type { Channel } from '../../shared/ipc-contract.ts';
import { createBridge } from '../../shared/ipc-channels.ts';

// Room for four scrypt hashes per completion on a loaded 2-core machine: a slower success must not
// count as a timeout (and an extra attempt).
const TIMEOUT_MS = 2500;
const PERSON = demoAccounts.find((account) => account.status === 'pending')!;
const ANSWERS = [
  { questionId: 'first-pet', answer: 'Si Comel Oren' },
  { questionId: 'childhood-food', answer: 'Nasi kerabu' },
  { questionId: 'first-car', answer: 'Kancil 660' },
];
const PASSWORD = 'Sungai-Golok-Tenang-42';
type Call = Exclude<FaultCall, 'health'>;

async function kioskAgainstServer() {
  const dataDir = await mkdtemp(join(tmpdir(), 'ispeks-matrix-'));
  const server: RunningServer = await startActivationServer({ dataDir, dev: true, faults: true, log: () => undefined });
  const { handlers } = createKioskServices({
    config: configFor(server.url, { ISPEKS_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) }),
    version: 'test',
    // Real time for the timeouts and the budget; the pauses between attempts are skipped.
    retryRuntime: { now: () => Date.now(), sleep: async () => undefined, random: () => 0.5 },
  });
  const sentKeys: string[] = [];
  const bridge = createBridge(
    (channel: Channel, payload: unknown) => {
      if (channel === 'completeActivation') sentKeys.push((payload as { idempotencyKey: string }).idempotencyKey);
      return handlers[channel](payload);
    },
    () => () => undefined,
  );
  let clock = Date.now();
  const store = createTestStore({ bridge, now: () => clock, newIdempotencyKey: () => crypto.randomUUID() });
  const faults = server.faults!;

  const latestUrl = async () => {
    await server.settled();
    return server.outbox.messages().at(-1)!.activationUrl;
  };
  const s = () => store.getState();
  /** Brings the person, without faults, to where `call` is the next thing the kiosk does. */
  const reach = async (call: Call) => {
    await s().loadAppInfo();
    s().start();
    s().setIcInput(`${PERSON.icNumber.slice(0, 6)}-${PERSON.icNumber.slice(6, 8)}-${PERSON.icNumber.slice(8)}`);
    if (call === 'request') return;
    await s().submitIc();
    s().setLinkInput(await latestUrl());
    if (call === 'open') return;
    await s().openLink();
    s().confirmProfile();
    s().rows.forEach((row, index) => {
      s().chooseQuestion(row.key, ANSWERS[index]!.questionId);
      s().setAnswer(row.key, ANSWERS[index]!.answer);
    });
    expect(await s().confirmAnswers()).toBe(true);
    s().setPassword(PASSWORD);
    s().setRepeat(PASSWORD);
  };
  /** What the person pressed: Hantar, Seterusnya or Selesai; "Cuba semula" presses it again. */
  const act = (call: Call) => (call === 'request' ? s().submitIc() : call === 'open' ? s().openLink() : s().complete().then(() => undefined));
  const typed = () => ({ ic: s().icInput, link: s().linkInput, rows: s().rows, password: s().password, repeat: s().repeat });
  const account = () => server.store.state.accounts.find((candidate) => candidate.icNumber === PERSON.icNumber)!;

  return {
    server,
    faults,
    store,
    sentKeys,
    reach,
    act,
    typed,
    account,
    latestUrl,
    advance: (ms: number) => (clock += ms),
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

type Expected = { readonly code: ErrorCode | null; readonly attempts: number };
const ok = (attempts: number): Expected => ({ code: null, attempts });
const err = (code: ErrorCode, attempts: number): Expected => ({ code, attempts });

// A blip (count 1) and a fault that lasts (until cleared: more than the retries). `once`: asking
// for an e-mail, repeated only when it surely never arrived; `repeatable`: opening the link, and
// completing with its Idempotency-Key.
const BLIP: Record<'once' | 'repeatable', Record<FaultKind, Expected>> = {
  once: {
    late: ok(1), timeout: err('timeout', 1), reset: err('network', 1), 'http-500': err('server', 1), 'http-502': err('server', 1),
    'http-503': ok(2), 'http-429': ok(2), truncated: err('server', 1), malformed: err('server', 1), html: err('server', 1),
  },
  repeatable: {
    late: ok(1), timeout: ok(2), reset: ok(2), 'http-500': err('server', 1), 'http-502': ok(2),
    'http-503': ok(2), 'http-429': ok(2), truncated: err('server', 1), malformed: err('server', 1), html: err('server', 1),
  },
};
const LASTING: Record<'once' | 'repeatable', Record<FaultKind, Expected>> = {
  once: {
    ...BLIP.once,
    'http-503': err('service-unavailable', 4),
    'http-429': err('rate-limited', 4),
  },
  repeatable: {
    late: ok(1), timeout: err('timeout', 4), reset: err('network', 4), 'http-500': err('server', 1), 'http-502': err('server', 4),
    'http-503': err('service-unavailable', 4), 'http-429': err('rate-limited', 4), truncated: err('server', 1), malformed: err('server', 1), html: err('server', 1),
  },
};

const CALLS: readonly Call[] = ['request', 'open', 'complete'];
const KINDS = Object.keys(BLIP.once) as FaultKind[];
const summary: Record<string, string>[] = [];
const tally = { cells: 0, lostInput: 0, doubleActivations: 0, crashes: 0 };

async function runCell(call: Call, kind: FaultKind, lasting: boolean, phase: 'before' | 'after', expected: Expected) {
  const kiosk = await kioskAgainstServer();
  tally.cells += 1;
  try {
    await kiosk.reach(call);
    const before = kiosk.typed();
    const seenBefore = kiosk.faults.status().seen[call];
    kiosk.faults.arm({ calls: call, kind, count: lasting ? 99 : 1, phase, delayMs: kind === 'late' ? 100 : 60_000, retryAfterSeconds: 1 });

    await kiosk.act(call).catch(() => void (tally.crashes += 1));
    const attempts = kiosk.faults.status().seen[call] - seenBefore;
    const error = kiosk.store.getState().error;
    const seen = error && errorMessage(error, ms);
    expect({ code: error?.code ?? null, attempts }).toEqual(expected);

    if (error) {
      // Nothing typed is lost, and the notice offers the way forward.
      if (JSON.stringify(kiosk.typed()) !== JSON.stringify(before)) tally.lostInput += 1;
      expect(kiosk.typed()).toEqual(before);
      expect(seen!.length).toBeGreaterThan(20);
      kiosk.faults.clear();
      kiosk.advance(1000 * ('retryAfterSeconds' in error ? error.retryAfterSeconds : 0));
      await kiosk.act(call).catch(() => void (tally.crashes += 1)); // "Cuba semula"
      expect(kiosk.store.getState().error).toBeNull();
    }
    const step = kiosk.store.getState().wizard.step;
    expect(step).toBe({ request: 'link', open: 'profile', complete: 'done' }[call]);

    // The server, once the person is through: one e-mail, a link not consumed by reading it, one activation.
    await kiosk.server.settled();
    expect(kiosk.server.outbox.messages().filter((message) => message.to.includes(PERSON.email))).toHaveLength(1);
    const tokenHash = hashToken(new URL(await kiosk.latestUrl()).searchParams.get('token')!);
    const link = kiosk.server.store.state.tokens.find((token) => token.tokenHash === tokenHash)!;
    const activations = kiosk.server.store.state.completions.filter((completion) => completion.tokenHash === tokenHash).length;
    if (call === 'complete') {
      if (activations !== 1) tally.doubleActivations += 1;
      expect({ activations, account: kiosk.account().status, link: link.state }).toEqual({ activations: 1, account: 'active', link: 'used' });
      expect(await verifySecret(PASSWORD, kiosk.account().passwordHash!)).toBe(true);
      // Every attempt, the person's "Cuba semula" included, carried the same Idempotency-Key.
      expect(new Set(kiosk.sentKeys).size).toBe(1);
    } else {
      expect({ activations, account: kiosk.account().status, link: link.state }).toEqual({ activations: 0, account: 'pending', link: 'pending' });
    }
    summary.push({
      call,
      fault: `${kind}${phase === 'after' ? ' (after acting)' : ''}`,
      lasting: lasting ? 'yes' : 'blip',
      attempts: String(attempts),
      'the person sees': seen ? `${error!.code}: ${seen.slice(0, 48)}…` : 'nothing (recovered by itself)',
      'after Cuba semula': error ? 'through' : '-',
    });
  } finally {
    await kiosk.close();
  }
}

describe.each(CALLS)('fault matrix: %s', (call) => {
  const safety = call === 'request' ? 'once' : 'repeatable';
  it.each(KINDS)(`${call} × %s, a blip`, (kind) => runCell(call, kind, false, 'before', BLIP[safety][kind]));
  it.each(KINDS)(`${call} × %s, lasting`, (kind) => runCell(call, kind, true, 'before', LASTING[safety][kind]));
});

// The service completed the activation, then the answer was lost or spoiled on the way back: the
// retry with the same Idempotency-Key gets the stored answer, never a second activation.
describe('fault matrix: complete, answer lost after the service acted', () => {
  const kinds: FaultKind[] = ['timeout', 'reset', 'http-500', 'http-502', 'truncated', 'malformed', 'html'];
  it.each(kinds)('complete × %s after acting, a blip', (kind) =>
    runCell('complete', kind, false, 'after', BLIP.repeatable[kind]),
  );
  it.each(kinds)('complete × %s after acting, lasting', (kind) =>
    runCell('complete', kind, true, 'after', LASTING.repeatable[kind]),
  );
});

describe('asking for an e-mail whose answer was lost', () => {
  it('is not repeated by the kiosk: a second request would be refused for 60 s, and one e-mail is on its way', async () => {
    const kiosk = await kioskAgainstServer();
    try {
      await kiosk.reach('request');
      kiosk.faults.arm({ calls: 'request', kind: 'timeout', count: 1, phase: 'after', delayMs: 60_000 });
      await kiosk.act('request');
      expect(kiosk.store.getState().error).toEqual({ code: 'timeout' });
      expect(kiosk.faults.status().seen.request).toBe(1);
      await kiosk.act('request'); // the person's "Cuba semula"
      expect(kiosk.store.getState().error).toEqual({ code: 'rate-limited', retryAfterSeconds: expect.closeTo(60, -1) });
      expect(kiosk.store.getState().icInput).not.toBe('');
      await kiosk.server.settled();
      expect(kiosk.server.outbox.messages()).toHaveLength(1);
    } finally {
      await kiosk.close();
    }
  });
});

afterAll(() => {
  console.table(summary);
  console.log(`fault matrix: ${tally.cells} cells, ${tally.lostInput} lost input, ${tally.doubleActivations} double activations, ${tally.crashes} crashes`);
  expect(tally).toMatchObject({ lostInput: 0, doubleActivations: 0, crashes: 0 });
});
