// Kiosk configuration: built-in defaults (the reference API on loopback) < environment < flags.
// Parsed like any outside input; a bad value is reported with its source, never half-applied.
import { z } from 'zod';
import type { LinkRules } from '../shared/activation-link.ts';
import { languages, loginActions, onScreenKeyboardModes } from '../shared/ipc-contract.ts';

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
  idleSeconds: z.number().int().min(30).max(3600),
  idleWarningSeconds: z.number().int().min(20).max(300),
  loginAction: z.enum(loginActions),
  minPasswordScore: z.number().int().min(0).max(4),
  onScreenKeyboard: z.enum(onScreenKeyboardModes),
  logLevel: z.enum(['error', 'warn', 'info', 'debug']),
});
export type KioskConfig = z.infer<typeof configSchema>;

/** Which links this kiosk takes: its scheme, and the https hosts its e-mails link to. */
export const linkRulesOf = (config: KioskConfig): LinkRules => ({ scheme: config.linkScheme, allowedHosts: config.allowedLinkHosts });

export interface ConfigProblem {
  /** Where the value came from: `default`, `env ISPEKS_…` or `flag --…`. */
  readonly source: string;
  readonly field: string;
  readonly value: string;
  readonly message: string;
}

export type ConfigResult = { ok: true; config: KioskConfig } | { ok: false; problems: ConfigProblem[] };

type Field = keyof KioskConfig;
type Raw = string;

interface FieldSpec {
  readonly env: string;
  readonly flag: string;
  readonly parse: (raw: Raw) => unknown;
}

const asList = (raw: Raw) => raw.split(',').map((part) => part.trim()).filter(Boolean);
const asBoolean = (raw: Raw) => (/^(1|true|yes|on)$/i.test(raw) ? true : /^(0|false|no|off)$/i.test(raw) ? false : raw);
const asInteger = (raw: Raw) => (/^[0-9]+$/.test(raw.trim()) ? Number(raw) : raw);
const asText = (raw: Raw) => raw.trim();

export const FIELDS: Record<Field, FieldSpec> = {
  apiBaseUrl: { env: 'ISPEKS_API_BASE_URL', flag: '--api-base-url', parse: asText },
  allowedLinkHosts: { env: 'ISPEKS_ALLOWED_LINK_HOSTS', flag: '--allowed-link-hosts', parse: asList },
  linkScheme: { env: 'ISPEKS_LINK_SCHEME', flag: '--link-scheme', parse: asText },
  demo: { env: 'ISPEKS_DEMO', flag: '--demo', parse: asBoolean },
  loginUrl: { env: 'ISPEKS_LOGIN_URL', flag: '--login-url', parse: asText },
  requestTimeoutMs: { env: 'ISPEKS_REQUEST_TIMEOUT_MS', flag: '--request-timeout-ms', parse: asInteger },
  defaultLanguage: { env: 'ISPEKS_DEFAULT_LANGUAGE', flag: '--default-language', parse: asText },
  kiosk: { env: 'ISPEKS_KIOSK', flag: '--kiosk', parse: asBoolean },
  idleSeconds: { env: 'ISPEKS_IDLE_SECONDS', flag: '--idle-seconds', parse: asInteger },
  idleWarningSeconds: { env: 'ISPEKS_IDLE_WARNING_SECONDS', flag: '--idle-warning-seconds', parse: asInteger },
  loginAction: { env: 'ISPEKS_LOGIN_ACTION', flag: '--login-action', parse: asText },
  minPasswordScore: { env: 'ISPEKS_MIN_PASSWORD_SCORE', flag: '--min-password-score', parse: asInteger },
  onScreenKeyboard: { env: 'ISPEKS_ON_SCREEN_KEYBOARD', flag: '--on-screen-keyboard', parse: asText },
  logLevel: { env: 'ISPEKS_LOG_LEVEL', flag: '--log-level', parse: asText },
};

/** Only `--name=value` flags this app knows; Chromium's own switches and deep links are left alone. */
function readFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  const known = new Set(Object.values(FIELDS).map((spec) => spec.flag));
  for (const arg of argv) {
    const match = /^(--[a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match || !known.has(match[1]!)) continue;
    flags.set(match[1]!, match[2] ?? 'true');
  }
  return flags;
}

/** A configuration file IT deployed, as read from disk (`text: null` when there is none). */
export interface ConfigFile {
  readonly path: string;
  readonly text: string | null;
  /** Why an existing file could not be read (e.g. EACCES). */
  readonly readError?: string;
}

/** The settings in each file, lowest precedence first; a file that cannot be used is a problem, not a crash. */
function readFiles(files: readonly ConfigFile[], problems: ConfigProblem[]) {
  const values: Record<string, unknown> = {};
  const sources: Record<string, { source: string; raw: string }> = {};
  for (const file of files) {
    const source = `file ${file.path}`;
    if (file.readError !== undefined) {
      problems.push({ source, field: '(file)', value: '', message: `cannot be read (${file.readError}): check its permissions` });
      continue;
    }
    if (file.text === null) continue;
    let settings: unknown;
    try {
      settings = JSON.parse(file.text);
    } catch (error) {
      problems.push({ source, field: '(file)', value: '', message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
      problems.push({ source, field: '(file)', value: '', message: 'must be a JSON object of settings, e.g. { "kiosk": true }' });
      continue;
    }
    for (const [field, value] of Object.entries(settings)) {
      if (!(field in FIELDS)) {
        problems.push({ source, field, value: JSON.stringify(value), message: `is not a setting; known settings: ${Object.keys(FIELDS).join(', ')}` });
        continue;
      }
      values[field] = value;
      sources[field] = { source, raw: JSON.stringify(value) };
    }
  }
  return { values, sources };
}

export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[],
  files: readonly ConfigFile[] = [],
): ConfigResult {
  const flags = readFlags(argv);
  const fileProblems: ConfigProblem[] = [];
  const { values, sources } = readFiles(files, fileProblems);
  for (const [field, spec] of Object.entries(FIELDS)) {
    const fromFlag = flags.get(spec.flag);
    const fromEnv = env[spec.env];
    const chosen = fromFlag !== undefined ? { source: `flag ${spec.flag}`, raw: fromFlag } : fromEnv !== undefined && fromEnv !== '' ? { source: `env ${spec.env}`, raw: fromEnv } : undefined;
    if (chosen) {
      values[field] = spec.parse(chosen.raw);
      sources[field] = chosen;
    }
  }
  // Link hosts, demo mode and the login address follow the API unless set; from a bad API address
  // nothing is derived, so IT sees one problem, not three.
  const apiBaseUrl = secureUrl.safeParse(values.apiBaseUrl ?? DEFAULT_API_BASE_URL).success
    ? new URL(String(values.apiBaseUrl ?? DEFAULT_API_BASE_URL))
    : new URL(DEFAULT_API_BASE_URL);
  const merged = {
    apiBaseUrl: apiBaseUrl.href.replace(/\/$/, ''),
    allowedLinkHosts: [apiBaseUrl.host],
    linkScheme: 'ispeks',
    demo: isLoopbackUrl(apiBaseUrl),
    loginUrl: new URL('/login', apiBaseUrl).href,
    requestTimeoutMs: 15_000,
    defaultLanguage: 'ms',
    kiosk: false,
    idleSeconds: 120,
    idleWarningSeconds: 30,
    loginAction: 'open-browser',
    minPasswordScore: 3,
    onScreenKeyboard: 'auto',
    logLevel: 'info',
    ...values,
  };
  const parsed = configSchema.safeParse(merged);
  if (parsed.success && fileProblems.length === 0) return { ok: true, config: parsed.data };
  if (parsed.success) return { ok: false, problems: fileProblems };
  const firstPerField = parsed.error.issues.filter(
    (issue, index, issues) => issues.findIndex((other) => other.path[0] === issue.path[0]) === index,
  );
  return {
    ok: false,
    problems: [...fileProblems, ...firstPerField.map((issue) => {
      const field = String(issue.path[0] ?? '(config)');
      const origin = sources[field];
      return {
        source: origin?.source ?? 'default',
        field,
        value: origin?.raw ?? JSON.stringify((merged as Record<string, unknown>)[field] ?? null),
        message: issue.message,
      };
    })],
  };
}
