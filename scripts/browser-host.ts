// Serves the built renderer on loopback for a plain browser: development and UI work on machines
// without the Electron binary, the end-to-end tests and the benchmark. Never packaged.
// Given main's side of the bridge, it also serves `window.ispeks` (scripts/browser-bridge.ts) and
// answers its calls and events with the same handlers main registers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { fail } from '../shared/errors.ts';
import type { BridgeBackend, Channel, IpcEvent } from '../shared/ipc-contract.ts';
import { channels, events } from '../shared/ipc-channels.ts';
import { isLoopbackHostHeader } from '../shared/loopback.ts';
import { contentSecurityPolicyFor, contentTypeOf, resolveAppAsset } from '../main/app-protocol.ts';

export interface BrowserHostOptions {
  readonly rendererDir: string;
  readonly port?: number;
  /** The handlers and events behind `window.ispeks`; without it the page gets no bridge (it brings its own). */
  readonly bridge?: BridgeBackend;
}

export interface BrowserHost {
  readonly url: string;
  close(): Promise<void>;
}

const BRIDGE_SCRIPT_PATH = '/__bridge.js';
const EVENTS_PATH = '/__bridge/events';
const MAX_BODY_BYTES = 64 * 1024;

/** The page script, bundled from its TypeScript with what it imports (createBridge and the channel list). */
async function bundleBridgeScript(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'browser-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const SECURITY_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
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

/**
 * Main's events as Server-Sent Events on one stream per page. A page's stream connects a moment
 * after the page subscribes: an event that finds no stream open is kept for the next one to open.
 */
function eventStream(backend: BridgeBackend) {
  const pages = new Set<ServerResponse>();
  const missed = new Set<IpcEvent>();
  const message = (event: IpcEvent) => `event: ${event}\ndata: ${event}\n\n`;
  for (const event of events) {
    backend.subscribe(event, () => {
      if (pages.size === 0) missed.add(event);
      for (const page of pages) page.write(message(event));
    });
  }
  return (response: ServerResponse) => {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', ...SECURITY_HEADERS });
    response.write(missed.size === 0 ? ': open\n\n' : [...missed].map(message).join(''));
    missed.clear();
    pages.add(response);
    response.on('close', () => pages.delete(response));
  };
}

export async function startBrowserHost({ rendererDir, port = 0, bridge }: BrowserHostOptions): Promise<BrowserHost> {
  const bridgeScript = bridge && (await bundleBridgeScript());
  const openEvents = bridge && eventStream(bridge);
  const server = createServer(async (request, response) => {
    // Loopback only, and no other site may drive the bridge (DNS rebinding, cross-site requests).
    if (!isLoopbackHostHeader(request.headers.host)) return send(response, 403, 'text/plain', 'Forbidden');
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (bridge && path.startsWith('/__bridge')) {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== `http://${request.headers.host}`) return send(response, 403, 'text/plain', 'Forbidden');
      if (path === BRIDGE_SCRIPT_PATH) return send(response, 200, 'text/javascript', bridgeScript!);
      if (request.method === 'GET' && path === EVENTS_PATH) return openEvents!(response);
      const channel = path.slice('/__bridge/'.length) as Channel;
      if (request.method !== 'POST' || !channels.includes(channel)) return send(response, 404, 'text/plain', 'Not found');
      // As main/ipc.ts does: a handler that throws answers a failed Result, never a hung request.
      const result = await bridge.handlers[channel](await readBody(request)).catch(() => fail({ code: 'server' }));
      return send(response, 200, 'application/json', JSON.stringify(result));
    }
    const file = resolveAppAsset(rendererDir, `app://kiosk${path}`);
    if (file === null) return send(response, 404, 'text/plain', 'Not found');
    try {
      const body = await readFile(file);
      // The app's own policy on every script, as the app:// protocol sends it: it is what a worker runs under.
      if (!file.endsWith('.html')) return send(response, 200, contentTypeOf(file), body, { 'Content-Security-Policy': contentSecurityPolicyFor(file) });
      return send(response, 200, 'text/html; charset=utf-8', bridge ? withBridgeScript(body.toString('utf8')) : body);
    } catch {
      return send(response, 404, 'text/plain', 'Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams stay open until the page goes: end them, or close would wait for every tab.
        server.closeAllConnections();
      }),
  };
}

/**
 * Loads the bridge before the app and lets the page call its own host (the only change to the CSP).
 * The bridge goes last in the head: a classic script there still runs before the deferred module
 * script, and the parser has already asked for the module and the stylesheet by then. First in the
 * head it held them back until it had run, since Chromium's preload scanner does not look past a
 * CSP meta tag (measured: the kiosk's module requested 35-50 ms later than the blank page's).
 */
function withBridgeScript(html: string): string {
  return html
    .replace("connect-src 'none'", "connect-src 'self'")
    .replace('</head>', `  <script src="${BRIDGE_SCRIPT_PATH}"></script>\n  </head>`);
}
