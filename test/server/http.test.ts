import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../server/openapi.ts';
import { OTHER_PENDING, PENDING, expectProblem, sendFrom, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

interface BodySchema {
  properties: {
    securityAnswers: { maxItems: number; items: { properties: Record<'questionId' | 'answer', { maxLength: number }> } };
    password: { maxLength: number };
  };
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

describe('errors', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/v2/activations/abc'],
  ])('answers %s %s with a 404 invalid-request problem', async (method, path) => {
    const body = await expectProblem(await h.send(method, path), 404, 'invalid-request');
    expect(body.type).toBe('urn:ispeks:activation:problem:invalid-request');
    expect(body.title).toBeTruthy();
  });

  it('takes the largest body the published schema allows, every character escaped, without 413', async () => {
    const schema = buildOpenApiDocument().components.schemas.CompleteActivationBody as unknown as BodySchema;
    const answer = schema.properties.securityAnswers.items.properties;
    // JSON.stringify writes a control character as a six-byte \u escape: the longest a character gets.
    const escaped = (length: number) => '\u0001'.repeat(length);
    const body = {
      securityAnswers: Array.from({ length: schema.properties.securityAnswers.maxItems }, () => ({
        questionId: escaped(answer.questionId.maxLength),
        answer: escaped(answer.answer.maxLength),
      })),
      password: escaped(schema.properties.password.maxLength),
    };
    const { token } = await h.linkFor(PENDING.icNumber);
    await expectProblem(await h.complete(token, body), 422, 'policy-violation');
  });

  it('answers a body over 16 kB with 413 invalid-request', async () => {
    const response = await h.send('POST', '/v1/activation-requests', { icNumber: PENDING.icNumber, padding: 'x'.repeat(17_000) });
    await expectProblem(response, 413, 'invalid-request');
  });

  it('marks every answer not to be cached, sniffed or framed', async () => {
    for (const response of [await h.requestActivation(PENDING.icNumber), await h.send('GET', '/nowhere')]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });
});

describe('GET /dev/outbox', () => {
  it('lists the messages sent, newest last, with both links, the short code and where its QR image is', async () => {
    const { token: first, code } = await h.linkFor(PENDING.icNumber);
    const { token: second } = await h.linkFor(OTHER_PENDING.icNumber);
    const response = await h.send('GET', '/dev/outbox');
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as { messages: Array<Record<string, string>> };
    expect(messages.map((message) => message.to)).toEqual([PENDING.email, OTHER_PENDING.email]);
    expect(messages[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      to: PENDING.email,
      subject: 'Pengaktifan Akaun iSPEKS — iSPEKS account activation',
      sentAt: h.now().toISOString(),
      text: expect.stringContaining(first),
      activationUrl: `${h.url}/activate?token=${first}`,
      appUrl: `ispeks://activate?token=${first}`,
      code: `${code.slice(0, 4)}-${code.slice(4)}`,
      qrUrl: `${h.url}/dev/outbox/${messages[0]?.id}/qr.png`,
    });
    expect(messages[0]?.text).toContain(messages[0]?.code);
    expect(messages[1]?.appUrl).toBe(`ispeks://activate?token=${second}`);
    expect(messages[1]?.qrUrl).not.toBe(messages[0]?.qrUrl);
  });

  it("serves each message's QR image as a PNG, to a loopback Host only", async () => {
    await h.linkFor(PENDING.icNumber);
    const { messages } = (await (await h.send('GET', '/dev/outbox')).json()) as { messages: Array<{ qrUrl: string }> };
    const image = await fetch(messages[0]!.qrUrl);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).subarray(1, 4).toString('latin1')).toBe('PNG');
    const path = new URL(messages[0]!.qrUrl).pathname;
    await expectProblem(await sendFrom(h.url, '127.0.0.1', 'GET', path, undefined, { host: 'evil.example' }), 403, 'invalid-request');
    await expectProblem(await h.send('GET', '/dev/outbox/00000000-0000-4000-8000-000000000000/qr.png'), 404, 'invalid-request');
  });

  it('already holds the e-mail of a request that was just answered', async () => {
    expect((await h.requestActivation(PENDING.icNumber)).status).toBe(202);
    const { messages } = (await (await h.send('GET', '/dev/outbox')).json()) as { messages: Array<{ to: string }> };
    expect(messages.map((message) => message.to)).toEqual([PENDING.email]);
  });

  it.each(['evil.example', 'evil.example:8787', '127.0.0.1.evil.example', '10.0.0.5'])(
    'refuses Host: %s, so a page that rebinds its DNS name to 127.0.0.1 cannot read the links',
    async (host) => {
      await h.linkFor(PENDING.icNumber);
      const response = await sendFrom(h.url, '127.0.0.1', 'GET', '/dev/outbox', undefined, { host });
      const text = await response.clone().text();
      await expectProblem(response, 403, 'invalid-request');
      expect(text).not.toContain('token');
    },
  );

  it.each(['localhost', '127.0.0.1', '[::1]'])('answers Host: %s with the port', async (name) => {
    const { port } = new URL(h.url);
    const response = await sendFrom(h.url, '127.0.0.1', 'GET', '/dev/outbox', undefined, { host: `${name}:${port}` });
    expect(response.status).toBe(200);
  });

  it('does not exist outside dev mode, though e-mails still reach the outbox folder', async () => {
    await h.stop();
    h = await startHarness({ dev: false });
    await h.linkFor(PENDING.icNumber);
    await expectProblem(await h.send('GET', '/dev/outbox'), 404, 'invalid-request');
    expect(await readdir(h.server.outboxDir)).toHaveLength(1);
  });
});

describe('the log', () => {
  it('gets one line per e-mail in dev mode: masked recipient and the https link, nothing personal', async () => {
    const { token } = await h.linkFor(PENDING.icNumber);
    await h.requestActivation('910505035555');
    await h.server.settled();
    expect(h.logs).toEqual([`[outbox] activation e-mail to s***@demo.ispeks.invalid: ${h.url}/activate?token=${token}`]);
    const logged = h.logs.join('\n');
    for (const personal of [PENDING.icNumber, PENDING.name, PENDING.email, '910505035555']) expect(logged).not.toContain(personal);
  });

  it('gets nothing about e-mails outside dev mode', async () => {
    await h.stop();
    h = await startHarness({ dev: false });
    await h.linkFor(PENDING.icNumber);
    expect(h.logs).toEqual([]);
  });
});

describe('HTML pages', () => {
  const styleHash = (html: string) => {
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    return `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  };

  it('GET /activate offers the kiosk link, Malay first, under a strict CSP, and does not consume the token', async () => {
    const { token } = await h.linkFor(PENDING.icNumber);
    const response = await h.send('GET', `/activate?token=${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(`<a class="button" href="ispeks://activate?token=${token}">Buka dalam kios / Open in the kiosk</a>`);
    expect(html.indexOf('<html lang="ms">')).toBeGreaterThanOrEqual(0);
    expect(html.indexOf('Pengaktifan Akaun iSPEKS')).toBeLessThan(html.indexOf('<section lang="en">'));
    expect(html).not.toContain('<script');

    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${styleHash(html)}`);
    expect(csp).not.toContain('unsafe');
    expect((await h.open(token)).status).toBe(200);
  });

  it('GET /activate uses the configured app scheme', async () => {
    await h.stop();
    h = await startHarness({ appScheme: 'ispeks-demo' });
    const { token } = await h.linkFor(PENDING.icNumber);
    expect(await (await h.send('GET', `/activate?token=${token}`)).text()).toContain(`href="ispeks-demo://activate?token=${token}"`);
  });

  it.each([
    ['no token', '/activate'],
    ['a malformed token', `/activate?token=${encodeURIComponent('"><script>alert(1)</script>')}`],
  ])('GET /activate with %s answers 400 with a bilingual page and no link', async (_name, path) => {
    const response = await h.send('GET', path);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Pautan tidak sah');
    expect(html).toContain('This link is not valid');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('://activate');
  });

  it('GET /login is the demo log-in page, under the same strict CSP', async () => {
    const response = await h.send('GET', '/login');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Log masuk iSPEKS (demo)</h1>');
    expect(response.headers.get('content-security-policy')).toContain(`style-src ${styleHash(html)}`);
  });
});
