// Repeats of one completion attempt that arrive while it is still being worked on (a kiosk that
// timed out under load) share its work and its answer: one activation, one set of hashes.
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { PENDING, OTHER_PENDING, startHarness, VALID_BODY, type Harness } from './harness.ts';

let h: Harness;
afterEach(async () => h?.stop());

/** CPU time (all threads, so scrypt's too) spent while `work` runs. */
async function cpuMs(work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

it('hashes once for eight simultaneous repeats of the same attempt, and activates once', async () => {
  h = await startHarness();
  const { token: single } = await h.linkFor(OTHER_PENDING.icNumber);
  const alone = await cpuMs(() => h.complete(single));

  const { token } = await h.linkFor(PENDING.icNumber);
  const key = randomUUID();
  let answers: Response[] = [];
  const repeated = await cpuMs(async () => (answers = await Promise.all(Array.from({ length: 8 }, () => h.complete(token, VALID_BODY, key)))));
  expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
  expect(new Set(await Promise.all(answers.map((answer) => answer.text()))).size).toBe(1);
  expect(h.server.store.state.completions.filter((c) => c.idempotencyKey === key)).toHaveLength(1);
  // Eight separate hashings would cost about eight times one.
  expect(repeated).toBeLessThan(alone * 3);
});

it('does not share work between different attempts on the same link', async () => {
  h = await startHarness();
  const { token } = await h.linkFor(PENDING.icNumber);
  const [first, second] = await Promise.all([h.complete(token, VALID_BODY, randomUUID()), h.complete(token, VALID_BODY, randomUUID())]);
  expect([first.status, second.status].sort()).toEqual([200, 410]);
});
