// The IPC contract: every channel between renderer and main, with the zod schema that main
// parses each payload with. The preload's bridge and main's handler table both derive from it.
import { z } from 'zod';
import { activationDetails, completeActivationBody, tokenSchema } from './api-contract.ts';
import { MAX_ACTIVATION_CODE_INPUT } from './activation-code.ts';
import { MAX_LINK_INPUT_LENGTH } from './activation-link.ts';
import type { Result } from './errors.ts';
import { MAX_TYPED_VALUES } from './ipc-channels.ts';

export const languages = ['ms', 'en'] as const;
export type Language = (typeof languages)[number];

export const loginActions = ['open-browser', 'show-address'] as const;
export type LoginAction = (typeof loginActions)[number];

/** When the on-screen keyboard shows: `auto` until a physical key is pressed, `always`, or `never`. */
export const onScreenKeyboardModes = ['auto', 'always', 'never'] as const;
export type OnScreenKeyboardMode = (typeof onScreenKeyboardModes)[number];

/** Whether the kiosk may offer to scan the e-mail's QR code: `auto` when a camera is present, or `off`. */
export const cameraModes = ['auto', 'off'] as const;
export type CameraMode = (typeof cameraModes)[number];

export const ipcContract = {
  getAppInfo: {
    request: z.strictObject({}),
    response: z.object({
      demo: z.boolean(),
      version: z.string(),
      defaultLanguage: z.enum(languages),
      linkScheme: z.string(),
      kiosk: z.boolean(),
      idleSeconds: z.number().int().positive(),
      idleWarningSeconds: z.number().int().positive(),
      loginAction: z.enum(loginActions),
      minPasswordScore: z.number().int().min(0).max(4),
      onScreenKeyboard: z.enum(onScreenKeyboardModes),
      camera: z.enum(cameraModes),
    }),
  },
  requestActivation: {
    request: z.strictObject({ icNumber: z.string().max(64) }),
    response: z.object({
      expiresInSeconds: z.number().int().positive(),
      retryAfterSeconds: z.number().int().nonnegative(),
    }),
  },
  openActivation: {
    request: z.strictObject({ link: z.string().max(MAX_LINK_INPUT_LENGTH + 1) }),
    response: activationDetails.extend({ token: tokenSchema }),
  },
  openActivationByCode: {
    // The e-mail's short code as typed, and the IC number as typed (or as sent from step 1): main
    // reads both the forgiving way, exchanges them for the token, then opens the activation.
    request: z.strictObject({ icNumber: z.string().max(64), code: z.string().max(MAX_ACTIVATION_CODE_INPUT + 1) }),
    response: activationDetails.extend({ token: tokenSchema }),
  },
  completeActivation: {
    // The API's own body, with the link's token and the attempt's key: the same limits on both sides.
    request: completeActivationBody.extend({ token: tokenSchema, idempotencyKey: z.uuid() }),
    response: z.object({ loginUrl: z.url() }),
  },
  openLogin: {
    request: z.strictObject({}),
    // Main opens only the login address from its own config, never one the renderer names, and
    // only after an activation completed in this session; on a kiosk it never opens a browser.
    response: z.object({ opened: z.boolean(), loginUrl: z.string() }),
  },
  takePendingLink: {
    request: z.strictObject({}),
    // The newest link the OS delivered (deep link), raw: the renderer treats it exactly like a paste.
    response: z.object({ link: z.string().nullable() }),
  },
  pasteLink: {
    request: z.strictObject({}),
    // The app link rebuilt from the token when the clipboard holds an activation link for this
    // kiosk, else null: the Tampal key never shows the renderer anything else the clipboard holds.
    response: z.object({ link: z.string().max(MAX_LINK_INPUT_LENGTH).nullable() }),
  },
  endSession: {
    // What the person typed, so main can clear the clipboard if it still holds any of it.
    request: z.strictObject({ typedValues: z.array(z.string().max(MAX_LINK_INPUT_LENGTH + 1)).max(MAX_TYPED_VALUES) }),
    response: z.object({ cleared: z.boolean() }),
  },
  checkService: {
    request: z.strictObject({}),
    // One quick look at the service, for the start screen's notice (the reason is in main's log),
    // and whether it offers the short code's exchange, so the link step offers typing the code.
    response: z.object({ reachable: z.boolean(), codeExchange: z.boolean() }),
  },
  setScanView: {
    // The QR scan view opened or closed: main lets the page have the camera only while it is open.
    request: z.strictObject({ open: z.boolean() }),
    response: z.object({ cameraAllowed: z.boolean() }),
  },
} as const;

/** Notifications from main; they carry no data (the renderer asks for it over a channel). */
export const ipcEvents = ['linkPending'] as const;
export type IpcEvent = (typeof ipcEvents)[number];

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type ChannelRequest<C extends Channel> = z.input<IpcContract[C]['request']>;
export type ChannelResponse<C extends Channel> = z.output<IpcContract[C]['response']>;

/** What the renderer sees as `window.ispeks`: one named function per channel, one `on…` per event. */
export type Bridge = { [C in Channel]: (request: ChannelRequest<C>) => Promise<Result<ChannelResponse<C>>> } & {
  [E in IpcEvent as `on${Capitalize<E>}`]: (listener: () => void) => () => void;
};

/** A handler for each channel: plain functions main registers, and the browser host serves. */
export type Handlers = { [C in Channel]: (payload: unknown) => Promise<Result<ChannelResponse<C>>> };

/** Main's side of any bridge: the handlers, and its events to subscribe to (each returns its unsubscribe). */
export interface BridgeBackend {
  readonly handlers: Handlers;
  subscribe(event: IpcEvent, listener: () => void): () => void;
}

export type AppInfo = ChannelResponse<'getAppInfo'>;
export type OpenedActivation = ChannelResponse<'openActivation'>;
