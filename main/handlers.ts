// The IPC handlers as plain functions of their dependencies: main registers them with ipcMain,
// the browser end-to-end tests and `npm run start:browser` call the very same functions.
import { parseActivationCode } from '../shared/activation-code.ts';
import { buildAppLink, parseActivationLink, type LinkRules } from '../shared/activation-link.ts';
import { fail, ok, type Result } from '../shared/errors.ts';
import { parseIcNumber } from '../shared/ic-number.ts';
import { ipcContract, type AppInfo, type Channel, type ChannelRequest, type Handlers } from '../shared/ipc-contract.ts';
import type { ActivationClient } from './api-client.ts';
import type { CameraGate } from './camera-gate.ts';
import type { KioskConfig } from './config-settings.ts';
import type { LinkInbox } from './link-inbox.ts';
import { silentLogger, type Logger } from './log.ts';

export interface HandlerDependencies {
  readonly client: ActivationClient;
  readonly config: KioskConfig;
  /** The link rules of `config`, built once for the handlers and the trace cleaner. */
  readonly linkRules: LinkRules;
  readonly version: string;
  /** Opens an https address in the person's browser (Electron's shell.openExternal). */
  readonly openExternal: (url: string) => Promise<void>;
  /** The system clipboard's text (Electron's clipboard.readText), for the keyboard's Tampal key. */
  readonly readClipboard: () => string | Promise<string>;
  /** Deep links the OS delivered, kept until the renderer takes them. */
  readonly linkInbox: LinkInbox;
  /** Wipes what the last person left outside the renderer: clipboard, storage. */
  readonly clearTraces: (typedValues: readonly string[]) => Promise<void>;
  /** Whether the page may have the camera: only while its scan view is open (camera-gate.ts). */
  readonly cameraGate: Pick<CameraGate, 'setScanViewOpen'>;
  readonly clock?: () => Date;
  readonly logger?: Logger;
}

type Implementation<C extends Channel> = (request: ChannelRequest<C>) => ReturnType<Handlers[C]>;

/** Parses the untrusted payload with the channel's schema before the implementation sees it. */
const parser =
  (logger: Logger) =>
  <C extends Channel>(channel: C, implementation: Implementation<C>): Handlers[C] =>
    (async (payload: unknown) => {
      const request = ipcContract[channel].request.safeParse(payload ?? {});
      if (!request.success) {
        // The field names only: a payload the renderer should never send, worth IT's attention.
        logger.log('warn', 'ipc.rejected', { channel, fields: request.error.issues.map((issue) => issue.path.join('.')).join(',') });
        return fail({ code: 'invalid-input' });
      }
      return implementation(request.data as ChannelRequest<C>);
    }) as Handlers[C];

export function createHandlers({
  client,
  config,
  linkRules,
  version,
  openExternal,
  readClipboard,
  linkInbox,
  clearTraces,
  cameraGate,
  clock = () => new Date(),
  logger = silentLogger,
}: HandlerDependencies): Handlers {
  // Learnt from the service once it says yes; asked again at each service check until then.
  let codeExchangeOffered = false;
  const parsed = parser(logger);
  // Log Masuk is earned by an activation completed here, and spent when that person's session
  // ends. The kiosk wipes the form the moment the activation succeeds (an endSession while Tahniah
  // is still on the screen), so the grant outlives that one and ends with the next: Log Masuk
  // used, the idle reset or Mula semula.
  let login: 'none' | 'earned' | 'on-screen' = 'none';
  // The renderer is told the settings the contract names, picked from the config: a setting the
  // contract names that the config lacks does not compile.
  const settings: Pick<KioskConfig, Exclude<keyof AppInfo, 'version'>> = config;
  const appInfo = ipcContract.getAppInfo.response.parse({ ...settings, version });
  return {
    getAppInfo: parsed('getAppInfo', async () => ok(appInfo)),
    requestActivation: parsed('requestActivation', async ({ icNumber }) => {
      const ic = parseIcNumber(icNumber, clock());
      if (!ic.ok) return fail({ code: 'invalid-ic-number', problem: ic.problem });
      const accepted = await client.requestActivation(ic.icNumber);
      if (!accepted.ok) return accepted;
      return ok({ expiresInSeconds: accepted.value.expiresInSeconds, retryAfterSeconds: accepted.value.retryAfterSeconds });
    }),
    openActivation: parsed('openActivation', async ({ link }) => {
      const parsedLink = parseActivationLink(link, linkRules);
      if (!parsedLink.ok) return fail({ code: 'invalid-link', problem: parsedLink.problem });
      const details = await client.getActivation(parsedLink.token);
      return details.ok ? ok({ ...details.value, token: parsedLink.token }) : details;
    }),
    openActivationByCode: parsed('openActivationByCode', async ({ icNumber, code }) => {
      const ic = parseIcNumber(icNumber, clock());
      if (!ic.ok) return fail({ code: 'invalid-ic-number', problem: ic.problem });
      const typed = parseActivationCode(code);
      if (!typed.ok) return fail({ code: 'invalid-code', problem: typed.problem });
      const exchanged = await client.exchangeCode(ic.icNumber, typed.code);
      if (!exchanged.ok) return exchanged;
      const details = await client.getActivation(exchanged.value.token);
      return details.ok ? ok({ ...details.value, token: exchanged.value.token }) : details;
    }),
    completeActivation: parsed('completeActivation', async ({ token, idempotencyKey, securityAnswers, password }) => {
      const completed = await client.completeActivation(token, idempotencyKey, { securityAnswers, password });
      if (!completed.ok) return completed;
      login = 'earned';
      return ok({ loginUrl: completed.value.loginUrl });
    }),
    openLogin: parsed('openLogin', async (): Promise<Result<{ opened: boolean; loginUrl: string }>> => {
      if (login === 'none') {
        logger.log('warn', 'ipc.refused', { channel: 'openLogin', reason: 'no-activation-in-session' });
        return fail({ code: 'invalid-input' });
      }
      // The configuration makes a kiosk show the address; asked again here so nothing else can open a browser.
      if (config.kiosk || config.loginAction === 'show-address') return ok({ opened: false, loginUrl: config.loginUrl });
      try {
        await openExternal(config.loginUrl);
        return ok({ opened: true, loginUrl: config.loginUrl });
      } catch {
        return ok({ opened: false, loginUrl: config.loginUrl });
      }
    }),
    takePendingLink: parsed('takePendingLink', async () => ok({ link: linkInbox.take() })),
    pasteLink: parsed('pasteLink', async () => {
      const pasted = parseActivationLink(await readClipboard(), linkRules);
      return ok({ link: pasted.ok ? buildAppLink(config.linkScheme, pasted.token) : null });
    }),
    endSession: parsed('endSession', async ({ typedValues }) => {
      login = login === 'earned' ? 'on-screen' : 'none';
      try {
        await clearTraces(typedValues);
        return ok({ cleared: true });
      } catch {
        return ok({ cleared: false });
      }
    }),
    checkService: parsed('checkService', async () => {
      const reachable = (await client.checkHealth()).ok;
      if (reachable && !codeExchangeOffered) codeExchangeOffered = (await client.offersCodeExchange()) === true;
      return ok({ reachable, codeExchange: reachable && codeExchangeOffered });
    }),
    setScanView: parsed('setScanView', async ({ open }) => ok({ cameraAllowed: cameraGate.setScanViewOpen(open) })),
  };
}
