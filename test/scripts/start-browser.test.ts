// `npm run start:browser` as a newcomer runs it: the reference API plus the kiosk on loopback,
// the bridge answering over HTTP, and nothing reachable from another site.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let child: ChildProcess;
let dataDir: string;
let kioskUrl: string;
let apiUrl: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ispeks-start-browser-'));
  child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start-browser.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', ISPEKS_BROWSER_PORT: '0', ACTIVATION_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((done, failed) => {
    const timer = setTimeout(() => failed(new Error(`start:browser did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const kiosk = /Kiosk in your browser: (\S+)/.exec(output);
      const api = /Reference API: (\S+)/.exec(output);
      if (kiosk && api) {
        kioskUrl = kiosk[1]!;
        apiUrl = api[1]!;
        clearTimeout(timer);
        done();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
}, 30_000);

afterAll(async () => {
  child.kill('SIGTERM');
  await new Promise((done) => child.once('exit', done));
  await rm(dataDir, { recursive: true, force: true });
});

const bridge = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(`__bridge/${channel}`, kioskUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });

describe('npm run start:browser', () => {
  it('serves the kiosk with the bridge loaded first and the page allowed to call only its own host', async () => {
    const html = await (await fetch(kioskUrl)).text();
    expect(html).toContain('<script src="/__bridge.js"></script>');
    expect(html).toContain("connect-src 'self'");
    expect(html).not.toContain("connect-src 'none'");
    const script = await (await fetch(new URL('__bridge.js', kioskUrl))).text();
    expect(script).toContain('requestActivation');
  });

  it('answers bridge calls with the real handlers against the reference API', async () => {
    expect(await (await bridge('getAppInfo', {})).json()).toMatchObject({ ok: true, value: { demo: true, linkScheme: 'ispeks' } });
    expect(await (await bridge('requestActivation', { icNumber: '900101-03-5678' })).json()).toEqual({
      ok: true,
      value: { expiresInSeconds: 1800, retryAfterSeconds: 60 },
    });
    const outbox = (await (await fetch(`${apiUrl}/dev/outbox`)).json()) as { messages: unknown[] };
    expect(outbox.messages).toHaveLength(1);
  });

  it('refuses calls from another site, unknown channels and files outside the renderer', async () => {
    expect((await bridge('getAppInfo', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await bridge('deleteEverything', {})).status).toBe(404);
    expect((await fetch(new URL('../../package.json', kioskUrl))).status).toBe(404);
    expect((await fetch(new URL('%2e%2e/%2e%2e/package.json', kioskUrl))).status).toBe(404);
  });

  it('answers a malformed bridge payload with invalid-input, not a crash', async () => {
    const response = await fetch(new URL('__bridge/requestActivation', kioskUrl), { method: 'POST', body: '{not json' });
    expect(await response.json()).toEqual({ ok: false, error: { code: 'invalid-input' } });
    expect((await bridge('getAppInfo', {})).status).toBe(200);
  });
});
