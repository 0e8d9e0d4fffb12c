// Serves the built renderer on loopback for a plain browser: development and UI work on machines
// without the Electron binary, and the end-to-end tests. Never packaged.
// With `bridge: 'http'` it also serves the same handlers behind the same `window.ispeks` shape.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import type { Channel, Handlers } from '../shared/ipc-contract.ts';
import { BRIDGE_GLOBAL, channels } from '../shared/ipc-channels.ts';
import { contentTypeOf, resolveAppAsset } from '../main/app-protocol.ts';

export interface BrowserHostOptions {
  readonly rendererDir: string;
  readonly port?: number;
  /** 'http': window.ispeks over fetch to this host; 'none': the page gets its bridge elsewhere (a Playwright binding). */
  readonly bridge: { kind: 'http'; handlers: Handlers } | { kind: 'none' };
}

export interface BrowserHost {
  readonly url: string;
  close(): Promise<void>;
}

const BRIDGE_SCRIPT_PATH = '/__bridge.js';
const MAX_BODY_BYTES = 64 * 1024;
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

const bridgeScript = `window.${BRIDGE_GLOBAL} = Object.freeze(Object.fromEntries(${JSON.stringify(channels)}.map((channel) => [channel,
  (payload) => fetch('/__bridge/' + channel, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload ?? {}) })
    .then((response) => response.json())
    .catch(() => ({ ok: false, error: { code: 'network' } }))])));\n`;

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

export async function startBrowserHost({ rendererDir, port = 0, bridge }: BrowserHostOptions): Promise<BrowserHost> {
  const server = createServer(async (request, response) => {
    // Loopback only, and no other site may drive the bridge (DNS rebinding, cross-site POSTs).
    if (!LOOPBACK_HOST.test(request.headers.host ?? '')) return send(response, 403, 'text/plain', 'Forbidden');
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (bridge.kind === 'http' && path === BRIDGE_SCRIPT_PATH) return send(response, 200, 'text/javascript', bridgeScript);
    if (bridge.kind === 'http' && request.method === 'POST' && path.startsWith('/__bridge/')) {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== `http://${request.headers.host}`) return send(response, 403, 'text/plain', 'Forbidden');
      const channel = path.slice('/__bridge/'.length) as Channel;
      if (!(channels as readonly string[]).includes(channel)) return send(response, 404, 'text/plain', 'Not found');
      const result = await bridge.handlers[channel](await readBody(request));
      return send(response, 200, 'application/json', JSON.stringify(result));
    }
    const file = resolveAppAsset(rendererDir, `app://kiosk${path}`);
    if (file === null) return send(response, 404, 'text/plain', 'Not found');
    try {
      const body = await readFile(file);
      if (!file.endsWith('.html')) return send(response, 200, contentTypeOf(file), body);
      return send(response, 200, 'text/html; charset=utf-8', bridge.kind === 'http' ? withHttpBridge(body.toString('utf8')) : body);
    } catch {
      return send(response, 404, 'text/plain', 'Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Loads the bridge before the app and lets the page call its own host (the only change to the CSP). */
/**
 * The bridge goes last in the head: a classic script there still runs before the deferred module
 * script, and the parser has already asked for the module and the stylesheet by then. First in the
 * head it held them back until it had run, since Chromium's preload scanner does not look past a
 * CSP meta tag (measured: the kiosk's module requested 35-50 ms later than the blank page's).
 */
function withHttpBridge(html: string): string {
  return html
    .replace("connect-src 'none'", "connect-src 'self'")
    .replace('</head>', `  <script src="${BRIDGE_SCRIPT_PATH}"></script>\n  </head>`);
}
