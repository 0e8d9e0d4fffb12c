// POST /v1/activation-codes/exchange: the e-mail's short code and the IC number for the link's token,
// which is then opened and completed as any link. Wrong pairs tell nothing, and guessing is cut short.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVATION_CODE_ALPHABET } from '../../shared/activation-code.ts';
import { CodeAttempts } from '../../server/code-attempts.ts';
import { codeExchanged } from '../../shared/api-contract.ts';
import { OTHER_PENDING, PENDING, START, UNREGISTERED_IC, expectProblem, sendFrom, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import type { IssuedLink } from './link-for.ts';

let h: Harness;
let link: IssuedLink;
beforeEach(async () => {
  h = await startHarness();
  link = await h.linkFor(PENDING.icNumber);
});
afterEach(async () => {
  await h.stop();
});

/** A canonical code other than `code`: its last character moved one place along the alphabet. */
const otherThan = (code: string) =>
  code.slice(0, 7) + ACTIVATION_CODE_ALPHABET[(ACTIVATION_CODE_ALPHABET.indexOf(code.at(-1)!) + 1) % ACTIVATION_CODE_ALPHABET.length]!;

/** Everything a client can see of an answer except its Date. */
async function seen(response: Response) {
  const headers = [...response.headers].filter(([name]) => name !== 'date');
  return { status: response.status, headers, body: await response.text() };
}

describe('POST /v1/activation-codes/exchange', () => {
  it("gives the e-mail's own token and expiry for the right pair, and the link still opens and completes", async () => {
    const response = await h.exchange(PENDING.icNumber, link.code);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);
    expect(codeExchanged.parse(body)).toEqual({ token: link.token, expiresAt: new Date(START.getTime() + 1800_000).toISOString() });

    expect((await h.exchange(PENDING.icNumber, link.code)).status).toBe(200);
    expect((await h.open(link.token)).status).toBe(200);
    expect((await h.complete(link.token)).status).toBe(200);
    await expectProblem(await h.exchange(PENDING.icNumber, link.code), 410, 'link-used');
  });

  it('answers a wrong pair, an unknown IC number and an unknown code exactly alike: 404 link-not-found', async () => {
    const other = await h.linkFor(OTHER_PENDING.icNumber);
    const wrongPair = await seen(await h.exchange(PENDING.icNumber, other.code));
    const unknownIc = await seen(await h.exchange(UNREGISTERED_IC, link.code));
    const unknownCode = await seen(await h.exchange(PENDING.icNumber, otherThan(link.code)));
    const noLinkYet = await seen(await h.exchange(h.server.store.state.accounts[4]!.icNumber, link.code));
    expect(wrongPair.status).toBe(404);
    expect(JSON.parse(wrongPair.body)).toMatchObject({ code: 'link-not-found' });
    expect(unknownIc).toEqual(wrongPair);
    expect(unknownCode).toEqual(wrongPair);
    expect(noLinkYet).toEqual(wrongPair);
  });

  it('says link-expired only to the right pair once the link has expired', async () => {
    h.advance(1800);
    await expectProblem(await h.exchange(PENDING.icNumber, link.code), 410, 'link-expired');
    await expectProblem(await h.exchange(PENDING.icNumber, otherThan(link.code)), 404, 'link-not-found');
  });

  it('says link-used for the code of a link the activation voided through another link', async () => {
    h.advance(60);
    const newer = await h.linkFor(PENDING.icNumber);
    expect(newer.code).not.toBe(link.code);
    expect((await h.exchange(PENDING.icNumber, link.code)).status).toBe(200);
    expect((await h.complete(newer.token)).status).toBe(200);
    await expectProblem(await h.exchange(PENDING.icNumber, link.code), 410, 'link-used');
  });

  it('says link-used for the code of a link that newer links displaced', async () => {
    for (let newer = 0; newer < 5; newer += 1) {
      h.advance(60);
      await h.linkFor(PENDING.icNumber);
    }
    await expectProblem(await h.open(link.token), 410, 'link-used');
    await expectProblem(await h.exchange(PENDING.icNumber, link.code), 410, 'link-used');
  });

  it('keeps the code of each of the newest links working, as their links do', async () => {
    h.advance(60);
    const newer = await h.linkFor(PENDING.icNumber);
    expect(codeExchanged.parse(await (await h.exchange(PENDING.icNumber, link.code)).json()).token).toBe(link.token);
    expect(codeExchanged.parse(await (await h.exchange(PENDING.icNumber, newer.code)).json()).token).toBe(newer.token);
  });

  it('stops the code after 5 wrong ones for the IC number, with Retry-After until a new e-mail may be asked; the link still opens', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await expectProblem(await h.exchange(PENDING.icNumber, otherThan(link.code)), 404, 'link-not-found');
    h.advance(20);
    const refused = await h.exchange(PENDING.icNumber, link.code);
    await expectProblem(refused, 429, 'rate-limited');
    expect(refused.headers.get('retry-after')).toBe('40');
    expect((await h.open(link.token)).status).toBe(200);
    // Other IC numbers keep their own count.
    const other = await h.linkFor(OTHER_PENDING.icNumber);
    expect((await h.exchange(OTHER_PENDING.icNumber, other.code)).status).toBe(200);
    // Waiting alone does not lift it: only a new e-mail does.
    h.advance(600);
    await expectProblem(await h.exchange(PENDING.icNumber, link.code), 429, 'rate-limited');
    expect((await h.complete(link.token)).status).toBe(200);
  });

  it('counts wrong codes for an unknown IC number too, so the refusal tells nothing either', async () => {
    await h.requestActivation(UNREGISTERED_IC);
    for (let attempt = 0; attempt < 5; attempt += 1) await h.exchange(UNREGISTERED_IC, link.code);
    for (let attempt = 0; attempt < 5; attempt += 1) await h.exchange(PENDING.icNumber, otherThan(link.code));
    expect(await seen(await h.exchange(UNREGISTERED_IC, link.code))).toEqual(await seen(await h.exchange(PENDING.icNumber, link.code)));
  });

  it('starts the count afresh when a new e-mail is asked for, and the older code works again', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await h.exchange(PENDING.icNumber, otherThan(link.code));
    expect((await h.exchange(PENDING.icNumber, link.code)).status).toBe(429);
    h.advance(60);
    const newer = await h.linkFor(PENDING.icNumber);
    expect((await h.exchange(PENDING.icNumber, newer.code)).status).toBe(200);
    expect((await h.exchange(PENDING.icNumber, link.code)).status).toBe(200);
  });

  it('does not let guesses sent all at once past the count', async () => {
    const guesses = ACTIVATION_CODE_ALPHABET.slice(0, 12)
      .split('')
      .map((last) => `${link.code.slice(0, 7)}${last}`)
      .filter((code) => code !== link.code)
      .slice(0, 10);
    const statuses = await Promise.all(guesses.map(async (code) => (await h.exchange(PENDING.icNumber, code)).status));
    expect(statuses.filter((status) => status === 404)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });

  it('refuses a malformed body with 400 invalid-request, as the kiosk expects of its probe', async () => {
    for (const body of [{}, { icNumber: PENDING.icNumber }, { icNumber: PENDING.icNumber, code: link.code.toLowerCase() }, { icNumber: PENDING.icNumber, code: `${link.code.slice(0, 4)}-${link.code.slice(4)}` }, { icNumber: PENDING.icNumber, code: link.code, extra: 1 }]) {
      await expectProblem(await h.send('POST', '/v1/activation-codes/exchange', body), 400, 'invalid-request');
    }
    await expectProblem(await h.exchange('900230035678', link.code), 400, 'invalid-ic-number');
    // Refused bodies are not wrong codes.
    expect((await h.exchange(PENDING.icNumber, link.code)).status).toBe(200);
  });

  it('limits the exchanges of one client address, each address on its own', async () => {
    await h.stop();
    h = await startHarness({ limits: { exchangesPerAddress: 3 } });
    link = await h.linkFor(PENDING.icNumber);
    const body = { icNumber: PENDING.icNumber, code: link.code };
    const send = (address: string) => sendFrom(h.url, address, 'POST', '/v1/activation-codes/exchange', body);
    expect([(await send('127.0.0.2')).status, (await send('127.0.0.2')).status, (await send('127.0.0.2')).status]).toEqual([200, 200, 200]);
    const refused = await send('127.0.0.2');
    await expectProblem(refused, 429, 'rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await send('127.0.0.3')).status).toBe(200);
    expect(h.logs.filter((line) => line.startsWith('limit'))).toEqual(['limit reached: 3 code exchanges per client address in 60 s; more are answered 429 until the window ends']);
  });
});

describe('the stored code', () => {
  it('is never on disk in clear, nor the token it gives back, and survives a restart', async () => {
    await h.server.settled();
    const state = await readFile(join(h.dataDir, 'state.json'), 'utf8');
    for (const secret of [link.code, `${link.code.slice(0, 4)}-${link.code.slice(4)}`, link.token]) expect(state).not.toContain(secret);
    await h.restart();
    expect(codeExchanged.parse(await (await h.exchange(PENDING.icNumber, link.code)).json()).token).toBe(link.token);
  });

  it('keeps nothing that gives the token back once the link is spent', async () => {
    expect((await h.complete(link.token)).status).toBe(200);
    const [record] = h.server.store.state.tokens;
    expect(record).toMatchObject({ state: 'used' });
    expect(record).not.toHaveProperty('sealedToken');
    await expectProblem(await h.exchange(PENDING.icNumber, link.code), 410, 'link-used');
  });
});

describe('the count of wrong codes', () => {
  const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);

  it('forgets an IC number once every link its count stopped has expired: the links’ lifetime after its last wrong code', () => {
    const attempts = new CodeAttempts(1800);
    for (let attempt = 0; attempt < 5; attempt += 1) expect(attempts.take('a', at(attempt))).toBe(true);
    expect(attempts.take('a', at(1803))).toBe(false);
    expect(attempts.take('a', at(1804))).toBe(true);
  });

  it('holds a bounded number of IC numbers, forgetting the oldest first', () => {
    const attempts = new CodeAttempts(1800, 3);
    for (const key of ['a', 'b', 'c', 'd']) for (let attempt = 0; attempt < 5; attempt += 1) attempts.take(key, at(0));
    expect(attempts.size).toBe(3);
    expect(attempts.take('a', at(1))).toBe(true);
    expect(attempts.take('d', at(1))).toBe(false);
  });
});
