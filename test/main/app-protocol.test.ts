import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, resolveAppAsset } from '../../main/app-protocol.ts';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'ispeks-protocol-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><p>kiosk</p>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'qr.worker-Ab_9.js'), 'self.onmessage = null');
  await writeFile(join(root, 'assets', 'strength.worker-Ab_9.js'), 'self.onmessage = null');
  await writeFile(outside, 'do not serve');
});
afterAll(() => rm(join(root, '..'), { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves the renderer with the strict CSP and the right content type', async () => {
    const handle = createAppProtocolHandler(root);
    const page = await handle(new Request('app://kiosk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('kiosk');
    const script = await handle(new Request('app://kiosk/assets/app.js'));
    expect(script.headers.get('content-type')).toContain('javascript');
  });

  it.each([
    'app://kiosk/../secret.txt',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/assets/..%2f..%2fsecret.txt',
    'app://kiosk/%00index.html',
    'app://other/index.html',
    'https://kiosk/index.html',
    'app://kiosk/%E0%A4%A',
  ])('never serves anything outside the renderer folder for %s', async (url) => {
    const file = resolveAppAsset(root, url);
    if (file !== null) expect(file.startsWith(`${root}/`)).toBe(true);
    const response = await createAppProtocolHandler(root)(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });

  it.each(['app://other/index.html', 'https://kiosk/index.html', 'app://kiosk/%00index.html'])('resolves nothing for %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('answers 404 for a file that does not exist', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://kiosk/missing.js'));
    expect(response.status).toBe(404);
  });

  it('lets the QR worker alone compile WebAssembly: its script carries its own policy, every other file the page\'s', async () => {
    const handle = createAppProtocolHandler(root);
    const qr = (await handle(new Request('app://kiosk/assets/qr.worker-Ab_9.js'))).headers.get('content-security-policy')!;
    expect(qr).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(qr).toContain("connect-src 'none'");
    for (const path of ['/index.html', '/assets/app.js', '/assets/strength.worker-Ab_9.js']) {
      const policy = (await handle(new Request(`app://kiosk${path}`))).headers.get('content-security-policy');
      expect(policy, path).toBe(CONTENT_SECURITY_POLICY);
      expect(policy, path).not.toContain('wasm');
    }
  });
});
