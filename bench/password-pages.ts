// The two pages bench/password.bench.ts types into, and the meter it puts in each: the kiosk as
// built (strength in its worker), and the baseline, zxcvbn-ts with its default options on the
// page's own thread, loaded straight from node_modules (nothing is built for the benchmark).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const NODE_MODULES = resolve(import.meta.dirname, '../node_modules');

// The quick start of zxcvbn-ts: common and English dictionaries, every keyboard, default tuning.
const BASELINE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>zxcvbn-ts baseline</title>
<script type="importmap">${JSON.stringify({
  imports: {
    '@zxcvbn-ts/core': '/node_modules/@zxcvbn-ts/core/dist/index.mjs',
    '@zxcvbn-ts/language-common': '/node_modules/@zxcvbn-ts/language-common/dist/index.mjs',
    '@zxcvbn-ts/language-en': '/node_modules/@zxcvbn-ts/language-en/dist/index.mjs',
    '@zxcvbn-ts/dictionary-compression/decompress': '/node_modules/@zxcvbn-ts/dictionary-compression/dist/decompress.mjs',
    'fastest-levenshtein': '/node_modules/fastest-levenshtein/esm/mod.js',
  },
})}</script></head>
<body><label for="pw">Password</label><input id="pw" autocomplete="off"><p id="password-strength" aria-busy="false"></p>
<script type="module">
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs, translations: en.translations });
const meter = document.getElementById('password-strength');
document.getElementById('pw').addEventListener('input', (event) => {
  meter.setAttribute('aria-busy', 'true');
  const result = zxcvbn.check(event.target.value);
  meter.textContent = 'score ' + result.score + ' ' + (result.feedback.warning ?? '');
  meter.setAttribute('aria-busy', 'false');
});
window.__ready = true;
</script></body></html>`;

const TYPES: Readonly<Record<string, string>> = { '.mjs': 'text/javascript', '.js': 'text/javascript' };

/** Serves the baseline page and the zxcvbn-ts packages it imports, on loopback. */
export async function startBaselineHost(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(BASELINE_HTML);
    const file = resolve(NODE_MODULES, `.${decodeURIComponent(path.replace(/^\/node_modules/, ''))}`);
    if (!file.startsWith(NODE_MODULES + sep) || !TYPES[extname(file)]) return void response.writeHead(404).end();
    try {
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)]! }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

// The two scripts below are plain JavaScript text: tsx would wrap functions handed to the page in
// helpers the page does not have.

/** window.ispeks for the kiosk page: every call answers at once with a fictional person's activation. */
export const FAKE_BRIDGE_SCRIPT = `(() => {
  const activation = {
    token: 'A'.repeat(43),
    profile: { icNumber: '900101035678', name: 'Siti Nur Aisyah binti Abdullah', email: 'siti.aisyah@demo.ispeks.invalid', registeredAt: '2025-09-01T09:00:00+08:00' },
    expiresAt: '2099-01-01T00:00:00+08:00',
    securityQuestions: ['q1', 'q2', 'q3'].map((id) => ({ id, text: { ms: 'Soalan ' + id + '?', en: 'Question ' + id + '?' } })),
    passwordPolicy: { minLength: 12, maxLength: 128, lowercase: true, uppercase: true, digit: true, special: true },
  };
  const values = {
    getAppInfo: { demo: true, version: 'bench', defaultLanguage: 'ms', linkScheme: 'ispeks', kiosk: false, idleSeconds: 3600, idleWarningSeconds: 60, loginAction: 'show-address', minPasswordScore: 3 },
    requestActivation: { expiresInSeconds: 1800, retryAfterSeconds: 60 },
    openActivation: activation,
    takePendingLink: { link: null },
    checkService: { reachable: true },
  };
  const bridge = new Proxy({}, {
    get: (_target, name) => String(name).startsWith('on') ? () => () => undefined : async () => ({ ok: true, value: values[name] ?? { cleared: true } }),
  });
  Object.defineProperty(window, 'ispeks', { value: bridge });
})();`;

/**
 * The meter, in the page: for each key press, the time from the event to the paint after the next
 * frame (rAF, then a message, which runs once the frame is out); and each time the strength meter
 * stops being busy, the same for the verdict, tagged with the key press it follows.
 */
export const METER_SCRIPT = `(() => {
  const state = { paints: [], verdicts: [], lastKey: 0 };
  const afterPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  });
  document.addEventListener('keydown', (event) => {
    const key = event.timeStamp;
    state.lastKey = key;
    afterPaint((paintedAt) => state.paints.push(paintedAt - key));
  }, true);
  const meter = document.getElementById('password-strength');
  new MutationObserver(() => {
    const key = state.lastKey;
    if (meter.getAttribute('aria-busy') === 'false') afterPaint((paintedAt) => state.verdicts.push({ key, ms: paintedAt - key }));
  }).observe(meter, { attributes: true, attributeFilter: ['aria-busy'] });
  window.__meter = state;
})();`;
