import { describe, expect, it } from 'vitest';
import { createStrengthClient } from '../../renderer/src/strength/client.ts';
import type { StrengthWorker } from '../../renderer/src/strength/client.ts';
import type { StrengthAnswer, StrengthReply, StrengthRequest } from '../../renderer/src/strength/protocol.ts';

/** A worker the test answers by hand, in any order. */
function fakeWorker() {
  const received: StrengthRequest[] = [];
  const worker: StrengthWorker = {
    postMessage: (request) => void received.push(request),
    onmessage: null,
    onerror: null,
  };
  const reply = (id: number, answer: StrengthAnswer | null) => worker.onmessage?.({ data: { id, answer } } as MessageEvent<StrengthReply>);
  return { worker, received, reply };
}

const answer = (score: 0 | 1 | 2 | 3 | 4): StrengthAnswer => ({ score, feedback: { warning: null, suggestions: [] }, blocklist: [] });

describe('strength client', () => {
  it('starts no worker until it is warmed or asked', () => {
    let spawned = 0;
    const client = createStrengthClient(() => (spawned += 1, fakeWorker().worker));
    expect(spawned).toBe(0);
    client.warm();
    client.warm();
    expect(spawned).toBe(1);
  });

  it('answers the newest request and drops older answers as stale', async () => {
    const fake = fakeWorker();
    const client = createStrengthClient(() => fake.worker);
    const first = client.assess('Sungai', ['siti']);
    const second = client.assess('Sungai-Golok', ['siti']);
    expect(fake.received.map((request) => request.id)).toEqual([1, 2]);
    fake.reply(1, answer(1));
    fake.reply(2, answer(4));
    expect(await first).toBeNull();
    expect(await second).toEqual(answer(4));
  });

  it('settles a request the worker skipped (it only checks the newest) when a later answer comes', async () => {
    const fake = fakeWorker();
    const client = createStrengthClient(() => fake.worker);
    const skipped = client.assess('a', []);
    const newest = client.assess('ab', []);
    fake.reply(2, answer(0));
    expect(await skipped).toBeNull();
    expect(await newest).toEqual(answer(0));
  });

  it('asks once for the same password while its answer is still coming', async () => {
    const fake = fakeWorker();
    const client = createStrengthClient(() => fake.worker);
    const fromScreen = client.assess('Sungai-Golok', []);
    const fromSelesai = client.assess('Sungai-Golok', []);
    expect(fake.received).toHaveLength(1);
    fake.reply(1, answer(3));
    expect(await fromScreen).toEqual(answer(3));
    expect(await fromSelesai).toEqual(answer(3));
  });

  it('says unavailable when the worker cannot load its dictionaries or fails to start', async () => {
    const fake = fakeWorker();
    const client = createStrengthClient(() => fake.worker);
    const pending = client.assess('x', []);
    fake.reply(1, null);
    expect(await pending).toBe('unavailable');

    const broken = fakeWorker();
    const failing = createStrengthClient(() => broken.worker);
    const waiting = failing.assess('x', []);
    broken.worker.onerror?.({} as ErrorEvent);
    expect(await waiting).toBe('unavailable');
    expect(await failing.assess('y', [])).toBe('unavailable');
  });
});
