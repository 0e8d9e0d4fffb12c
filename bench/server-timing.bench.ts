// `npm run bench -- server-timing`: can an outsider tell a registered IC number from an unknown one
// by how long POST /v1/activation-requests takes? Same-run pairs on 127.0.0.1 (loopback shows the
// smallest difference a network would blur), the server in a process of its own as an outsider
// meets it, the order within each pair alternating:
// - the answer itself: each request sent to an idle server, as one careful prober would;
// - the next answer: an unknown IC number asked right after a registered or an unknown one, since
//   work the first leaves behind could slow the second.
// - the short-code exchange: a registered IC number with a live link and a wrong code, against an
//   unknown IC number, both answered 404 link-not-found.
// Goal: ratio of medians ≤ 1.05 and no significant difference by the paired tests (p ≥ 0.05).
// Also the per-IC resend rule's cost per request with 30,000 IC numbers remembered against none.
// BENCH_TIMING_PAIRS sets the pairs (default 300).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { startActivationServer } from '../server/app.ts';
import { activationCodeFrom } from '../shared/activation-code.ts';
import { ResendLimiter } from '../server/resend-limiter.ts';
import { Store } from '../server/store.ts';
import { fictionalStaff } from './fictional-staff.ts';
import { signTest, wilcoxonSignedRank } from './server-paired.ts';
import { medianWithInterval, record, type Figure } from './report.ts';

const PAIRS = Number(process.env.BENCH_TIMING_PAIRS ?? 300);
const WARM_UP = 30;
const REMEMBERED = 30_000;
// Each request leaves a scrypt (about 85 ms) and a saved state behind it, registered or not.
const SETTLE_MS = 150;

/** Valid IC numbers of nobody: born on 5 May of 1991, 1992, …, in Kelantan. */
const unknownIc = (serial: number) => `${91 + Math.floor(serial / 10_000)}050503${String(serial % 10_000).padStart(4, '0')}`;

const needed = WARM_UP + 2 * PAIRS;
const staff = fictionalStaff(needed);

// The child: the server alone in its process, its URL on the first line of its output.
if (process.argv[2] === 'serve') {
  // One prober from one address, faster than any real one: the per-address limits would stop it.
  const limits = { requestsPerAddress: 10 * needed, requestsOverall: 10 * needed, exchangesPerAddress: 10 * needed };
  const server = await startActivationServer({ dataDir: process.argv[3]!, dev: false, log: () => undefined, limits });
  console.log(server.url);
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
  await new Promise(() => undefined);
}

const dataDir = await mkdtemp(join(tmpdir(), 'ispeks-bench-timing-'));
const seeded = await Store.open(dataDir, () => new Date());
await seeded.update((draft) => void draft.accounts.push(...staff));
const child = spawn(process.execPath, [resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs'), import.meta.filename, 'serve', dataDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [url] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
let nextRegistered = 0;
let nextUnknown = 0;
const registered = () => staff[nextRegistered++]!.icNumber;
const unknown = () => unknownIc(nextUnknown++);

/** Leaves the server time to finish what earlier requests left behind (a state saved, an e-mail written: a few ms, more when fsync is slow). */
const settled = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** Milliseconds from sending the request to the whole answer read; fails unless it is the 202. */
async function timed(icNumber: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/activation-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ icNumber }),
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 202) throw new Error(`the activation request answered ${response.status}`);
  return ms;
}

/** Milliseconds for a code exchange answered 404, as `timed`; fails on any other answer. */
async function timedExchange(icNumber: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/activation-codes/exchange`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ icNumber, code: activationCodeFrom(randomBytes(8)) }),
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 404) throw new Error(`the code exchange answered ${response.status}`);
  return ms;
}

const median = (samples: readonly number[]) => medianWithInterval(samples).median;
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/** Pairs of (registered, unknown) timings, the first of each pair alternating. */
async function pairs(measure: (kind: 'registered' | 'unknown') => Promise<number>) {
  const samples = { registered: [] as number[], unknown: [] as number[] };
  for (let pair = 0; pair < PAIRS; pair += 1) {
    const order = pair % 2 === 0 ? (['registered', 'unknown'] as const) : (['unknown', 'registered'] as const);
    for (const kind of order) samples[kind].push(await measure(kind));
  }
  return samples;
}

function figures(label: string, samples: { registered: number[]; unknown: number[] }, kinds = { registered: 'registered', unknown: 'unknown' }): Figure[] {
  const { registered: first, unknown: second } = kinds;
  const differences = samples.registered.map((ms, index) => ms - samples.unknown[index]!);
  const slower = differences.filter((difference) => difference > 0).length;
  const wilcoxon = wilcoxonSignedRank(differences);
  const sign = signTest(differences);
  console.log(`${label}: ${first} slower in ${slower} of ${PAIRS} pairs; Wilcoxon p = ${wilcoxon.p.toFixed(3)}, sign test p = ${sign.p.toFixed(3)}`);
  const perPair = medianWithInterval(samples.registered.map((ms, index) => ms / samples.unknown[index]!));
  return [
    { metric: `${label}: ${first}, median (baseline: ${second}; goal: ratio ≤ 1.05)`, value: round(median(samples.registered)), unit: 'ms', baseline: round(median(samples.unknown)) },
    {
      metric: `${label}: ${first} ÷ ${second} within a pair, median`,
      value: round(perPair.median),
      unit: '×',
      baseline: null,
      interval: perPair.interval && [round(perPair.interval[0]), round(perPair.interval[1])],
    },
    { metric: `${label}: pairs where ${first} was slower`, value: round((100 * slower) / PAIRS, 1), unit: '%', baseline: 50 },
    { metric: `${label}: Wilcoxon signed-rank p (goal ≥ 0.05)`, value: round(wilcoxon.p), unit: 'p', baseline: null },
    { metric: `${label}: sign test p (goal ≥ 0.05)`, value: round(sign.p), unit: 'p', baseline: null },
  ];
}

/** Mean microseconds per resend check, `remembered` IC numbers held within the window. */
function resendCheckMicros(remembered: number): number {
  const limiter = new ResendLimiter(60);
  const start = Date.UTC(2026, 2, 2);
  for (let serial = 0; serial < remembered; serial += 1) limiter.hit(`k${serial}`, new Date(start + serial));
  const checks = 20_000;
  const began = performance.now();
  for (let serial = 0; serial < checks; serial += 1) limiter.hit(`q${serial}`, new Date(start + remembered + serial));
  return ((performance.now() - began) * 1000) / checks;
}

try {
  for (let count = 0; count < WARM_UP / 2; count += 1) {
    await timed(registered());
    await timed(unknown());
  }
  await settled();
  const alone = await pairs(async (kind) => {
    await settled();
    return timed(kind === 'registered' ? registered() : unknown());
  });
  const next = await pairs(async (kind) => {
    await settled();
    await timed(kind === 'registered' ? registered() : unknown());
    return timed(unknown());
  });
  // Each registered IC number asked for a link above, and gets one wrong code here: far from the five that stop its codes.
  let nextWithLink = 0;
  const exchange = await pairs(async (kind) => {
    await settled();
    return timedExchange(kind === 'registered' ? staff[nextWithLink++]!.icNumber : unknown());
  });
  record([
    ...figures('server-timing, the answer', alone),
    ...figures('server-timing, the next answer', next),
    ...figures('server-timing, code exchange', exchange, { registered: 'wrong code for a registered IC', unknown: 'unknown IC' }),
    { metric: `server-timing: resend check with ${REMEMBERED} IC numbers remembered (baseline: none)`, value: round(resendCheckMicros(REMEMBERED)), unit: 'µs', baseline: round(resendCheckMicros(0)) },
  ]);
} finally {
  child.kill('SIGTERM');
  await once(child, 'exit');
  await rm(dataDir, { recursive: true, force: true });
}
