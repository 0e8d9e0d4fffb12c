// 8 a.m., a whole department: 200 kiosks complete their activations against the reference server
// on 127.0.0.1, with 20 % of the completion calls failing the way networks and gateways do (a third
// of those after the service already acted). The real API client, retries and all. Baseline: 200
// more kiosks against a second server without injected failures, interleaved in the same window,
// so both see the same machine (on a shared machine the load of the moment moves every figure).
// Why a window and not one instant: each completion costs the server four scrypt hashes (~75 ms
// each); on a 2-core machine that is ~3 completions a second, so 400 in the same second would
// measure the queue in front of scrypt, not the retries.
// `npx tsx bench/server-load.bench.ts` (or `npm run bench -- server-load`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActivationClient } from '../main/api-client.ts';
import { startActivationServer } from '../server/app.ts';
import { hashToken } from '../server/hashing.ts';
import { fictionalStaff } from './fictional-staff.ts';
import { percentile, record } from './report.ts';

const KIOSKS = 200;
/** Each kiosk presses Selesai at a random moment within this window. */
const ARRIVAL_WINDOW_MS = 120_000;
const TIMEOUT_MS = 15_000; // the kiosk's default per-attempt timeout

// 20 % of completion calls; `after`: the service acted, then the answer was lost or spoiled.
const FAULTS = [
  { kind: 'http-502', share: 0.03 },
  { kind: 'http-503', share: 0.04, retryAfterSeconds: 1 },
  { kind: 'http-429', share: 0.03, retryAfterSeconds: 1 },
  { kind: 'reset', share: 0.03 },
  { kind: 'reset', share: 0.03, phase: 'after' },
  { kind: 'http-502', share: 0.02, phase: 'after' },
  { kind: 'timeout', share: 0.02, phase: 'after', delayMs: 60_000 },
] as const;

const ANSWERS = [
  { questionId: 'first-pet', answer: 'Si Comel Oren' },
  { questionId: 'childhood-food', answer: 'Nasi kerabu' },
  { questionId: 'first-car', answer: 'Kancil 660' },
];

interface Run {
  readonly ok: boolean;
  readonly ms: number;
}

/** One reference server with the 200 accounts, each with a link in the outbox. */
async function department(faulty: boolean) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ispeks-bench-load-'));
  const server = await startActivationServer({ dataDir, dev: false, faults: true, log: () => undefined });
  const staff = fictionalStaff(KIOSKS);
  await server.store.update((draft) => void draft.accounts.push(...staff));
  for (const person of staff) {
    const response = await fetch(`${server.url}/v1/activation-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ icNumber: person.icNumber }),
    });
    if (response.status !== 202) throw new Error(`activation request answered ${response.status}`);
  }
  await server.settled();
  const tokens = staff.map((person) => {
    const message = server.outbox.messages().find((candidate) => candidate.to.includes(person.email));
    return new URL(message!.activationUrl).searchParams.get('token')!;
  });
  if (faulty) for (const fault of FAULTS) server.faults!.arm({ calls: 'complete', ...fault });
  let inFlight = 0;
  let peak = 0;

  const kiosk = async (token: string, index: number): Promise<Run> => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ARRIVAL_WINDOW_MS));
    const client = createActivationClient({ baseUrl: server.url, fetch: (request) => fetch(request), timeoutMs: TIMEOUT_MS });
    const started = performance.now();
    peak = Math.max(peak, (inFlight += 1));
    const result = await client.completeActivation(token, crypto.randomUUID(), { securityAnswers: ANSWERS, password: `Hujan-Petang-${index}-Zq!` });
    inFlight -= 1;
    return { ok: result.ok, ms: performance.now() - started };
  };

  const figures = async (runs: readonly Run[]) => {
    await server.settled();
    const { completions, accounts } = server.store.state;
    const perLink = new Map<string, number>();
    for (const completion of completions) perLink.set(completion.tokenHash, (perLink.get(completion.tokenHash) ?? 0) + 1);
    const succeeded = runs.filter((run) => run.ok);
    const times = succeeded.map((run) => run.ms);
    return {
      successShare: Number(((100 * succeeded.length) / runs.length).toFixed(1)),
      duplicates: tokens.map(hashToken).reduce((sum, hash) => sum + Math.max(0, (perLink.get(hash) ?? 0) - 1), 0),
      // The service activated, but the kiosk gave up before hearing so: its "Cuba semula" would replay it.
      unconfirmed: accounts.filter((account) => account.status === 'active' && account.icNumber.startsWith('85010103')).length - succeeded.length,
      p50: Math.round(percentile(times, 50)),
      p95: Math.round(percentile(times, 95)),
      calls: server.faults!.status().seen.complete,
      injected: server.faults!.status().injected.length,
      peak,
    };
  };

  return {
    run: () => Promise.all(tokens.map(kiosk)),
    figures,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const faulty = await department(true);
const healthy = await department(false);
try {
  const [faultyRuns, healthyRuns] = await Promise.all([faulty.run(), healthy.run()]);
  const value = await faulty.figures(faultyRuns);
  const baseline = await healthy.figures(healthyRuns);
  record([
    { metric: 'server-load: completions succeeded after retries (20 % injected failures)', value: value.successShare, unit: '%', baseline: baseline.successShare },
    { metric: 'server-load: duplicate activations', value: value.duplicates, unit: 'count', baseline: baseline.duplicates },
    { metric: 'server-load: activated but kiosk not told (its retry replays it)', value: value.unconfirmed, unit: 'count', baseline: baseline.unconfirmed },
    { metric: 'server-load: time to success p50', value: value.p50, unit: 'ms', baseline: baseline.p50 },
    { metric: 'server-load: time to success p95', value: value.p95, unit: 'ms', baseline: baseline.p95 },
    { metric: `server-load: completion calls for ${KIOSKS} kiosks (${value.injected} faults injected)`, value: value.calls, unit: 'calls', baseline: baseline.calls },
    { metric: 'server-load: kiosks waiting at once, at most', value: value.peak, unit: 'kiosks', baseline: baseline.peak },
  ]);
  if (value.duplicates > 0 || baseline.duplicates > 0) {
    console.error('Duplicate activations: a retry activated an account twice.');
    process.exitCode = 1;
  }
} finally {
  await faulty.close();
  await healthy.close();
}
