// Kiosk configuration, lowest precedence first: built-in defaults, the system-wide file IT deploys,
// the user's file, environment variables, flags. In an installed (packaged) kiosk IT's word wins
// where it matters: the security settings come only from the defaults and the system-wide file, and
// the user's idle times must lie within IT's bounds; what else is set is ignored and reported.
// Parsed like any outside input; a bad value is reported with its source, never half-applied.
import {
  BOUNDED,
  FIELDS,
  configSchema,
  crossFieldProblems,
  defaultsFor,
  type Field,
  type KioskConfig,
} from './config-settings.ts';

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

  const merged: Record<string, unknown> = { ...defaultsFor(values), ...values };
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
