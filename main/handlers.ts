// The IPC handlers as plain functions of their dependencies: main registers them with ipcMain,
// the browser end-to-end tests and `npm run start:browser` call the very same functions.
import { buildAppLink, parseActivationLink } from '../shared/activation-link.ts';
import { fail, ok, type Result } from '../shared/errors.ts';
import { parseIcNumber } from '../shared/ic-number.ts';
import { ipcContract, type Channel, type ChannelRequest, type Handlers } from '../shared/ipc-contract.ts';
import type { ActivationClient } from './api-client.ts';
import type { KioskConfig } from './config.ts';
import type { LinkInbox } from './link-inbox.ts';
import { silentLogger, type Logger } from './log.ts';

export interface HandlerDependencies {
  readonly client: ActivationClient;
  readonly config: KioskConfig;
  readonly version: string;
  /** Opens an https address in the person's browser (Electron's shell.openExternal). */
  readonly openExternal: (url: string) => Promise<void>;
  /** The system clipboard's text (Electron's clipboard.readText), for the keyboard's Tampal key. */
  readonly readClipboard: () => string | Promise<string>;
  /** Deep links the OS delivered, kept until the renderer takes them. */
  readonly linkInbox: LinkInbox;
  /** Wipes what the last person left outside the renderer: clipboard, storage. */
  readonly clearTraces: (typedValues: readonly string[]) => Promise<void>;
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
  version,
  openExternal,
  readClipboard,
  linkInbox,
  clearTraces,
  clock = () => new Date(),
  logger = silentLogger,
}: HandlerDependencies): Handlers {
  const parsed = parser(logger);
  const linkRules = { scheme: config.linkScheme, allowedHosts: config.allowedLinkHosts };
  return {
    getAppInfo: parsed('getAppInfo', async () =>
      ok({
        demo: config.demo,
        version,
        defaultLanguage: config.defaultLanguage,
        linkScheme: config.linkScheme,
        kiosk: config.kiosk,
        idleSeconds: config.idleSeconds,
        idleWarningSeconds: config.idleWarningSeconds,
        loginAction: config.loginAction,
        minPasswordScore: config.minPasswordScore,
        onScreenKeyboard: config.onScreenKeyboard,
      }),
    ),
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
    completeActivation: parsed('completeActivation', async ({ token, idempotencyKey, securityAnswers, password }) => {
      const completed = await client.completeActivation(token, idempotencyKey, { securityAnswers, password });
      return completed.ok ? ok({ loginUrl: completed.value.loginUrl }) : completed;
    }),
    openLogin: parsed('openLogin', async (): Promise<Result<{ opened: boolean; loginUrl: string }>> => {
      if (config.loginAction === 'show-address') return ok({ opened: false, loginUrl: config.loginUrl });
      try {
        await openExternal(config.loginUrl);
        return ok({ opened: true, loginUrl: config.loginUrl });
      } catch {
        return ok({ opened: false, loginUrl: config.loginUrl });
      }
    }),
    takePendingLink: parsed('takePendingLink', async () => ok({ link: linkInbox.take() })),
    pasteLink: parsed('pasteLink', async () => {
      const text = (await readClipboard()).trim();
      const found = parseActivationLink(text, linkRules);
      if (!found.ok) return ok({ link: null });
      // Words around the link (a sentence, a whole e-mail) stay on the clipboard: the renderer gets the token's own link.
      return ok({ link: /\s/.test(text) ? buildAppLink(linkRules.scheme, found.token) : text });
    }),
    endSession: parsed('endSession', async ({ typedValues }) => {
      try {
        await clearTraces(typedValues);
        return ok({ cleared: true });
      } catch {
        return ok({ cleared: false });
      }
    }),
    checkService: parsed('checkService', async () => ok({ reachable: (await client.checkHealth()).ok })),
  };
}
