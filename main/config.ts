// Kiosk configuration, lowest precedence first: built-in defaults, the system-wide file IT deploys,
// the user's file, environment variables, flags. In an installed (packaged) kiosk IT's word wins
// where it matters: the security settings come only from the defaults and the system-wide file, and
// the user's idle times must lie within IT's bounds; what else is set is ignored and reported.
// Parsed like any outside input; a bad value is reported with its source, never half-applied.
import { z } from 'zod';
import type { LinkRules } from '../shared/activation-link.ts';
import { cameraModes, languages, loginActions, onScreenKeyboardModes } from '../shared/ipc-contract.ts';

export const DEFAULT_API_BASE_URL = 'http://127.0.0.1:8787';

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const RESERVED_SCHEMES = new Set(['http', 'https', 'file', 'ftp', 'data', 'javascript', 'blob', 'about', 'chrome', 'devtools', 'app']);

export const isLoopbackUrl = (url: URL): boolean => LOOPBACK_HOSTNAMES.has(url.hostname.toLowerCase());

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
type Field = keyof KioskConfig;

/** Which links this kiosk takes: its scheme, and the https hosts its e-mails link to. */
export const linkRulesOf = (config: KioskConfig): LinkRules => ({ scheme: config.linkScheme, allowedHosts: config.allowedLinkHosts });

/** The idle times, the settings that bound them, and the range any bound must lie in. */
const BOUNDED = [
  ['idleSeconds', 'idleSecondsMin', 'idleSecondsMax', IDLE_SECONDS],
  ['idleWarningSeconds', 'idleWarningSecondsMin', 'idleWarningSecondsMax', IDLE_WARNING_SECONDS],
] as const satisfies readonly (readonly [Field, Field, Field, { min: number; max: number }])[];

/**
 * The rules between settings, once each is valid. In an installed kiosk Log Masuk leads only to
 * https; everywhere it leads only to a host IT already trusts for this service: the API's, or one
 * its links come from.
 */
function crossFieldProblems(config: KioskConfig, packaged: boolean): { field: Field; message: string }[] {
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

/** Where a value came from: `default`, `file <path>`, `env ISPEKS_…` or `flag --…`. */
export interface ConfigProblem {
  readonly source: string;
  readonly field: string;
  readonly value: string;
  readonly message: string;
}

/** A setting a source gave that an installed kiosk did not take, and why; never its value. */
export interface IgnoredSetting {
  readonly source: string;
  readonly field: string;
  readonly reason: string;
}

export type ConfigResult =
  | { ok: true; config: KioskConfig; ignored: IgnoredSetting[] }
  | { ok: false; problems: ConfigProblem[]; ignored: IgnoredSetting[] };

type Raw = string;
type Scope = 'policy' | 'user';

interface FieldSpec {
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

/** A configuration file as read from disk (`text: null` when there is none). */
export interface ConfigFile {
  readonly path: string;
  readonly text: string | null;
  /** Why an existing file could not be read (e.g. EACCES). */
  readonly readError?: string;
}

export interface ConfigSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly argv: readonly string[];
  /** The file IT deploys, and the one in the user's own app folder. */
  readonly files?: { readonly system?: ConfigFile; readonly user?: ConfigFile };
  /** app.isPackaged: an installed kiosk, where IT's settings beat the user's. */
  readonly packaged?: boolean;
}

/** One source's settings; `byUser` sources (user file, environment, flags) may not set policy in an installed kiosk. */
interface Layer {
  readonly source: string;
  readonly byUser: boolean;
  readonly values: Partial<Record<Field, { value: unknown; raw: string }>>;
}

/** Only `--name=value` flags this app knows; Chromium's own switches and deep links are left alone. */
function flagLayer(argv: readonly string[]): Layer[] {
  return Object.entries(FIELDS).flatMap(([name, spec]) => {
    const raw = argv
      .map((arg) => /^(--[a-z-]+)(?:=(.*))?$/s.exec(arg))
      .filter((match) => match?.[1] === spec.flag)
      .map((match) => match![2] ?? 'true')
      .at(-1);
    return raw === undefined ? [] : [{ source: `flag ${spec.flag}`, byUser: true, values: { [name]: { value: spec.parse(raw), raw } } }];
  });
}

function envLayer(env: ConfigSources['env']): Layer[] {
  return Object.entries(FIELDS).flatMap(([name, spec]) => {
    const raw = env[spec.env];
    return raw === undefined || raw === '' ? [] : [{ source: `env ${spec.env}`, byUser: true, values: { [name]: { value: spec.parse(raw), raw } } }];
  });
}

/** A file's settings; a file that cannot be used is a problem, not a crash. */
function fileLayer(file: ConfigFile | undefined, byUser: boolean, problems: ConfigProblem[]): Layer[] {
  if (!file) return [];
  const source = `file ${file.path}`;
  const unusable = (message: string) => (problems.push({ source, field: '(file)', value: '', message }), []);
  if (file.readError !== undefined) return unusable(`cannot be read (${file.readError}): check its permissions`);
  if (file.text === null) return [];
  let settings: unknown;
  try {
    settings = JSON.parse(file.text);
  } catch (error) {
    return unusable(`is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return unusable('must be a JSON object of settings, e.g. { "kiosk": true }');
  const values: Layer['values'] = {};
  for (const [name, value] of Object.entries(settings)) {
    if (Object.hasOwn(FIELDS, name)) values[name as Field] = { value, raw: JSON.stringify(value) };
    // An empty key is shown as "" so the IT screen has something to point at.
    else problems.push({ source, field: name || '""', value: JSON.stringify(value), message: `is not a setting; known settings: ${Object.keys(FIELDS).join(', ')}` });
  }
  return [{ source, byUser, values }];
}

const POLICY_REASON = 'only the system-wide file sets this in an installed kiosk';

export function loadConfig({ env, argv, files = {}, packaged = false }: ConfigSources): ConfigResult {
  const problems: ConfigProblem[] = [];
  const ignored: IgnoredSetting[] = [];
  const layers = [...fileLayer(files.system, false, problems), ...fileLayer(files.user, true, problems), ...envLayer(env), ...flagLayer(argv)];
  if (packaged && env.ISPEKS_CONFIG_FILE) ignored.push({ source: 'env ISPEKS_CONFIG_FILE', field: '(system file)', reason: 'an installed kiosk reads the system-wide file only from its fixed place' });

  // Each field's values, lowest precedence first; what an installed kiosk refuses is noted instead.
  const candidates = new Map<Field, { source: string; byUser: boolean; value: unknown; raw: string }[]>();
  for (const layer of layers) {
    for (const [name, given] of Object.entries(layer.values) as [Field, { value: unknown; raw: string }][]) {
      if (packaged && layer.byUser && FIELDS[name].scope === 'policy') ignored.push({ source: sourceName(layer), field: name, reason: POLICY_REASON });
      else candidates.set(name, [...(candidates.get(name) ?? []), { source: layer.source, byUser: layer.byUser, ...given }]);
    }
  }
  // In an installed kiosk an idle time the user gave outside IT's bounds gives way to the one below it.
  if (packaged) {
    for (const [name, min, max, range] of BOUNDED) {
      const bound = (setting: Field, otherwise: number) => {
        const value = candidates.get(setting)?.at(-1)?.value;
        return typeof value === 'number' ? value : otherwise;
      };
      const [low, high] = [bound(min, range.min), bound(max, range.max)];
      const kept = (candidates.get(name) ?? []).filter((candidate) => {
        // A value that is not a number is left to the schema, which says what is wrong with it.
        const outside = candidate.byUser && typeof candidate.value === 'number' && (candidate.value < low || candidate.value > high);
        if (outside) ignored.push({ source: sourceName(candidate), field: name, reason: `outside the bounds IT set (${low}–${high})` });
        return !outside;
      });
      candidates.set(name, kept);
    }
  }
  const chosen = new Map([...candidates].flatMap(([name, list]) => (list.length > 0 ? [[name, list.at(-1)!] as const] : [])));
  const values = Object.fromEntries([...chosen].map(([name, candidate]) => [name, candidate.value]));

  // Link hosts, demo mode, the login address and action follow the API and kiosk mode unless set;
  // from a bad API address nothing is derived, so IT sees one problem, not three.
  const apiBaseUrl = secureUrl.safeParse(values.apiBaseUrl ?? DEFAULT_API_BASE_URL).success
    ? new URL(String(values.apiBaseUrl ?? DEFAULT_API_BASE_URL))
    : new URL(DEFAULT_API_BASE_URL);
  const merged: Record<string, unknown> = {
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
    ...values,
  };
  const parsed = configSchema.safeParse(merged);
  const invalid = parsed.success ? crossFieldProblems(parsed.data, packaged) : parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? '(config)'), message: issue.message }));
  if (parsed.success && invalid.length === 0 && problems.length === 0) return { ok: true, config: parsed.data, ignored };
  const firstPerField = invalid.filter((issue, index) => invalid.findIndex((other) => other.field === issue.field) === index);
  return {
    ok: false,
    ignored,
    problems: [
      ...problems,
      ...firstPerField.map(({ field: name, message }) => {
        const origin = chosen.get(name as Field);
        return { source: origin?.source ?? 'default', field: name, value: origin?.raw ?? JSON.stringify(merged[name] ?? null), message };
      }),
    ],
  };
}

/** A source as IT's log may name it: a file by its role, since the user's path holds their login name. */
function sourceName({ source, byUser }: { source: string; byUser: boolean }): string {
  return source.startsWith('file ') ? (byUser ? "user's file" : 'system-wide file') : source;
}
