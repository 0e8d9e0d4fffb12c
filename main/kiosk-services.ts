// Main's parts wired to each other once: the API client, the trace cleaner and the handlers, from
// the configuration and the desktop around them. Electron's main process passes net.fetch, shell
// and clipboard; the browser host, the tests and the benchmark pass Node's fetch and what they
// observe. Nothing here loads electron.
import type { BridgeBackend, IpcEvent } from '../shared/ipc-contract.ts';
import { createActivationClient, type FetchLike } from './api-client.ts';
import { createCameraGate, type CameraGate } from './camera-gate.ts';
import { linkRulesOf, type KioskConfig } from './config-settings.ts';
import { loadConfig } from './config.ts';
import { createHandlers } from './handlers.ts';
import { createLinkInbox, type LinkInbox } from './link-inbox.ts';
import { silentLogger, type Logger } from './log.ts';
import type { RetryRuntime } from './retry-policy.ts';
import { createTraceCleaner, type TraceSurfaces } from './traces.ts';

/** What main uses of the desktop: the person's browser, the clipboard, the window's session storage. */
export interface Desktop extends TraceSurfaces {
  /** Opens an https address in the person's browser (Electron's shell.openExternal). */
  readonly openExternal: (url: string) => Promise<void>;
}

/** Outside Electron: no browser to open (Log Masuk then shows its address), an empty clipboard, nothing stored. */
const NO_DESKTOP: Desktop = {
  openExternal: () => Promise.reject(new Error('no browser to open here')),
  readClipboard: () => '',
  clearClipboard: () => undefined,
  clearSessionData: async () => undefined,
};

export interface KioskServiceOptions {
  readonly config: KioskConfig;
  readonly version: string;
  /** Electron's net.fetch in the app (system proxy, OS certificates); Node's fetch by default. */
  readonly fetch?: FetchLike;
  readonly desktop?: Partial<Desktop>;
  /** Main's own inbox, which the OS fills before the configuration is read; a new one by default. */
  readonly linkInbox?: LinkInbox;
  readonly logger?: Logger;
  readonly clock?: () => Date;
  /** The retries' clock, sleep and random source (tests skip the pauses). */
  readonly retryRuntime?: RetryRuntime;
}

export interface KioskServices extends BridgeBackend {
  readonly linkInbox: LinkInbox;
  /** What Electron's permission handlers ask before the page gets the camera. */
  readonly cameraGate: CameraGate;
  /** What endSession runs; main's crash reload runs it too. */
  readonly clearTraces: (typedValues: readonly string[]) => Promise<void>;
}

export function createKioskServices(options: KioskServiceOptions): KioskServices {
  const { config, logger = silentLogger, linkInbox = createLinkInbox() } = options;
  const desktop = { ...NO_DESKTOP, ...options.desktop };
  const linkRules = linkRulesOf(config);
  const client = createActivationClient({
    baseUrl: config.apiBaseUrl,
    fetch: options.fetch ?? ((request) => fetch(request)),
    timeoutMs: config.requestTimeoutMs,
    logger,
    runtime: options.retryRuntime,
  });
  const cameraGate = createCameraGate(config.camera !== 'off');
  const cleaner = createTraceCleaner(desktop, linkRules);
  // The end of a session (and main's reload after a crash) also takes the camera back.
  const clearTraces = async (typedValues: readonly string[]) => {
    cameraGate.setScanViewOpen(false);
    await cleaner(typedValues);
  };
  const handlers = createHandlers({
    client,
    config,
    linkRules,
    version: options.version,
    openExternal: desktop.openExternal,
    readClipboard: desktop.readClipboard,
    linkInbox,
    clearTraces,
    cameraGate,
    clock: options.clock,
    logger,
  });
  // Every event of the contract has its source here, or this does not compile.
  const events: Record<IpcEvent, (listener: () => void) => () => void> = { linkPending: (listener) => linkInbox.onPending(listener) };
  return { handlers, linkInbox, clearTraces, cameraGate, subscribe: (event, listener) => events[event](listener) };
}

/** The development configuration against `apiBaseUrl`, for the tests and the benchmark; throws what is wrong. */
export function configFor(apiBaseUrl: string, env: Readonly<Record<string, string>> = {}): KioskConfig {
  const result = loadConfig({ env: { ISPEKS_API_BASE_URL: apiBaseUrl, ...env }, argv: [] });
  if (!result.ok) throw new Error(`invalid configuration: ${result.problems.map((problem) => `${problem.field} (${problem.source})`).join(', ')}`);
  return result.config;
}
