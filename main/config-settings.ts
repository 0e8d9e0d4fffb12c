// What each kiosk setting is: its schema, its default, the rules between settings, how a variable
// or a flag spells it and parses its text, and whether IT alone may set it in an installed kiosk.
// Where the values come from, and which source wins, is config.ts.
import { z } from 'zod';
import type { LinkRules } from '../shared/activation-link.ts';
import { cameraModes, languages, loginActions, onScreenKeyboardModes } from '../shared/ipc-contract.ts';
import { isLoopbackHostname } from '../shared/loopback.ts';

export const DEFAULT_API_BASE_URL = 'http://127.0.0.1:8787';

const RESERVED_SCHEMES = new Set(['http', 'https', 'file', 'ftp', 'data', 'javascript', 'blob', 'about', 'chrome', 'devtools', 'app']);

export const isLoopbackUrl = (url: URL): boolean => isLoopbackHostname(url.hostname);

const secureUrl = z
  .url({ protocol: /^https?$/, error: 'must be a full https address, e.g. https://ispeks.example.gov.my' })
  .refine((value) => {
    if (!URL.canParse(value)) return true; // already reported as not an address
    const url = new URL(value);
    return url.protocol === 'https:' || isLoopbackUrl(url);
  }, 'must use https (plain http is allowed only for 127.0.0.1 or localhost)');

/** The range any source may give an idle time; IT may narrow it with the …Min and …Max settings. */
const IDLE_SECONDS = { min: 30, max: 3600 } as const;
const IDLE_WARNING_SECONDS = { min: 20, max: 300 } as const;
const seconds = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max);

export const configSchema = z.strictObject({
  apiBaseUrl: secureUrl,
  allowedLinkHosts: z.array(z.string().regex(/^[a-z0-9.-]+(:[0-9]{1,5})?$|^\[::1\](:[0-9]{1,5})?$/i, 'must be host or host:port')).min(1),
  linkScheme: z
    .string()
    .regex(/^[a-z][a-z0-9+.-]{1,31}$/, 'must be 2–32 lowercase letters, digits, +, . or -, starting with a letter')
    .refine((scheme) => !RESERVED_SCHEMES.has(scheme), 'must not be a browser scheme'),
  demo: z.boolean(),
  loginUrl: secureUrl,
  requestTimeoutMs: z.number().int().min(1000).max(120_000),
  defaultLanguage: z.enum(languages),
  kiosk: z.boolean(),
  idleSeconds: seconds(IDLE_SECONDS),
  idleSecondsMin: seconds(IDLE_SECONDS),
  idleSecondsMax: seconds(IDLE_SECONDS),
  idleWarningSeconds: seconds(IDLE_WARNING_SECONDS),
  idleWarningSecondsMin: seconds(IDLE_WARNING_SECONDS),
  idleWarningSecondsMax: seconds(IDLE_WARNING_SECONDS),
  loginAction: z.enum(loginActions),
  minPasswordScore: z.number().int().min(0).max(4),
  camera: z.enum(cameraModes),
  onScreenKeyboard: z.enum(onScreenKeyboardModes),
  logLevel: z.enum(['error', 'warn', 'info', 'debug']),
});
export type KioskConfig = z.infer<typeof configSchema>;
export type Field = keyof KioskConfig;

/** Which links this kiosk takes: its scheme, and the https hosts its e-mails link to. */
export const linkRulesOf = (config: KioskConfig): LinkRules => ({ scheme: config.linkScheme, allowedHosts: config.allowedLinkHosts });

/** The idle times, the settings that bound them, and the range any bound must lie in. */
export const BOUNDED = [
  ['idleSeconds', 'idleSecondsMin', 'idleSecondsMax', IDLE_SECONDS],
  ['idleWarningSeconds', 'idleWarningSecondsMin', 'idleWarningSecondsMax', IDLE_WARNING_SECONDS],
] as const satisfies readonly (readonly [Field, Field, Field, { min: number; max: number }])[];

/**
 * The rules between settings, once each is valid. In an installed kiosk Log Masuk leads only to
 * https; everywhere it leads only to a host IT already trusts for this service: the API's, or one
 * its links come from.
 */
export function crossFieldProblems(config: KioskConfig, packaged: boolean): { field: Field; message: string }[] {
  const problems: { field: Field; message: string }[] = [];
  const problem = (field: Field, message: string) => problems.push({ field, message });
  for (const [value, min, max] of BOUNDED) {
    if (config[min] > config[max]) problem(min, `must not be above ${max} (${config[max]})`);
    else if (config[value] < config[min] || config[value] > config[max]) problem(value, `must be between ${min} and ${max} (${config[min]}–${config[max]})`);
  }
  if (config.kiosk && config.loginAction === 'open-browser') problem('loginAction', 'must be show-address on a kiosk (kiosk: true): a counter kiosk never opens a browser');
  const login = new URL(config.loginUrl);
  const trusted = [new URL(config.apiBaseUrl).host, ...config.allowedLinkHosts].map((host) => host.toLowerCase());
  if (!trusted.includes(login.host)) problem('loginUrl', `must be on the API's host or one of allowedLinkHosts (${trusted.join(', ')})`);
  else if (packaged && login.protocol !== 'https:') problem('loginUrl', 'must use https in an installed kiosk');
  return problems;
}


type Raw = string;
type Scope = 'policy' | 'user';

export interface FieldSpec {
  readonly env: string;
  readonly flag: string;
  readonly parse: (raw: Raw) => unknown;
  /** `policy`: in an installed kiosk only the defaults and the system-wide file may set it. */
  readonly scope: Scope;
}

const asList = (raw: Raw) => raw.split(',').map((part) => part.trim()).filter(Boolean);
const asBoolean = (raw: Raw) => (/^(1|true|yes|on)$/i.test(raw) ? true : /^(0|false|no|off)$/i.test(raw) ? false : raw);
const asInteger = (raw: Raw) => (/^[0-9]+$/.test(raw.trim()) ? Number(raw) : raw);
const asText = (raw: Raw) => raw.trim();

// Each setting's parser and scope; its variable and flag are its name spelled ISPEKS_NAME and --name.
const SPECS: Record<Field, readonly [(raw: Raw) => unknown, Scope]> = {
  apiBaseUrl: [asText, 'policy'],
  allowedLinkHosts: [asList, 'policy'],
  linkScheme: [asText, 'policy'],
  demo: [asBoolean, 'policy'],
  loginUrl: [asText, 'policy'],
  requestTimeoutMs: [asInteger, 'user'],
  defaultLanguage: [asText, 'user'],
  kiosk: [asBoolean, 'policy'],
  idleSeconds: [asInteger, 'user'],
  idleSecondsMin: [asInteger, 'policy'],
  idleSecondsMax: [asInteger, 'policy'],
  idleWarningSeconds: [asInteger, 'user'],
  idleWarningSecondsMin: [asInteger, 'policy'],
  idleWarningSecondsMax: [asInteger, 'policy'],
  loginAction: [asText, 'policy'],
  minPasswordScore: [asInteger, 'policy'],
  camera: [asText, 'policy'],
  onScreenKeyboard: [asText, 'user'],
  logLevel: [asText, 'user'],
};

export const FIELDS = Object.fromEntries(
  Object.entries(SPECS).map(([name, [parse, scope]]) => [
    name,
    {
      env: `ISPEKS_${name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`,
      flag: `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
      parse,
      scope,
    },
  ]),
) as Record<Field, FieldSpec>;

/** Settings only the defaults and the system-wide file may give an installed kiosk. */
export const POLICY_FIELDS = (Object.keys(FIELDS) as Field[]).filter((name) => FIELDS[name].scope === 'policy');

/**
 * Every setting's default. Link hosts, demo mode, the login address and action follow the API and
 * kiosk mode unless set; from a bad API address nothing is derived, so IT sees one problem, not three.
 */
export function defaultsFor(values: Readonly<Record<string, unknown>>): Record<Field, unknown> {
  const given = values.apiBaseUrl ?? DEFAULT_API_BASE_URL;
  const apiBaseUrl = new URL(secureUrl.safeParse(given).success ? String(given) : DEFAULT_API_BASE_URL);
  return {
    apiBaseUrl: apiBaseUrl.href.replace(/\/$/, ''),
    allowedLinkHosts: [apiBaseUrl.host],
    linkScheme: 'ispeks',
    demo: isLoopbackUrl(apiBaseUrl),
    loginUrl: new URL('/login', apiBaseUrl).href,
    requestTimeoutMs: 15_000,
    defaultLanguage: 'ms',
    kiosk: false,
    idleSeconds: 120,
    idleSecondsMin: IDLE_SECONDS.min,
    idleSecondsMax: IDLE_SECONDS.max,
    idleWarningSeconds: 30,
    idleWarningSecondsMin: IDLE_WARNING_SECONDS.min,
    idleWarningSecondsMax: IDLE_WARNING_SECONDS.max,
    loginAction: values.kiosk === true ? 'show-address' : 'open-browser',
    minPasswordScore: 3,
    camera: 'auto',
    onScreenKeyboard: 'auto',
    logLevel: 'info',
  };
}
