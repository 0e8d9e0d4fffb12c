// The configuration parser against generated files, environments and command lines (fast-check):
// it never throws; a configuration it refuses names each offending setting and the source that
// holds it; and in an installed kiosk nothing but the system-wide file moves a security setting.
// A random seed each run (test/property.ts), printed; PROPERTY_SEED=<seed> replays a run.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { FIELDS, POLICY_FIELDS, configSchema } from '../../main/config-settings.ts';
import { loadConfig, type ConfigFile, type ConfigResult, type ConfigSources } from '../../main/config.ts';
import { PROPERTY_SEED } from '../property.ts';

const SEED = PROPERTY_SEED;
const RUNS = 10_000;
const SYSTEM_PATH = '/etc/ispeks-activation-kiosk/config.json';
const USER_PATH = '/home/kaunter/.config/iSPEKS Activation Kiosk/config.json';
type Name = keyof typeof FIELDS;
const NAMES = Object.keys(FIELDS) as Name[];

// Most values are valid for their setting, so that many cases load; the rest are noise.
const HOSTS = ['aktif.ispeks.example.gov.my', '127.0.0.1:8787', 'portal.ispeks.example.gov.my'];
const VALID: Record<Name, fc.Arbitrary<unknown>> = {
  apiBaseUrl: fc.constantFrom('https://aktif.ispeks.example.gov.my', 'http://127.0.0.1:8787', 'https://aktif.ispeks.example.gov.my:8443'),
  allowedLinkHosts: fc.subarray(HOSTS, { minLength: 1 }),
  linkScheme: fc.constantFrom('ispeks', 'ispeks-uat'),
  demo: fc.boolean(),
  loginUrl: fc.constantFrom('https://aktif.ispeks.example.gov.my/login', 'http://127.0.0.1:8787/login', 'https://portal.ispeks.example.gov.my/'),
  requestTimeoutMs: fc.integer({ min: 1000, max: 120_000 }),
  defaultLanguage: fc.constantFrom('ms', 'en'),
  kiosk: fc.boolean(),
  idleSeconds: fc.integer({ min: 30, max: 3600 }),
  idleSecondsMin: fc.integer({ min: 30, max: 3600 }),
  idleSecondsMax: fc.integer({ min: 30, max: 3600 }),
  idleWarningSeconds: fc.integer({ min: 20, max: 300 }),
  idleWarningSecondsMin: fc.integer({ min: 20, max: 300 }),
  idleWarningSecondsMax: fc.integer({ min: 20, max: 300 }),
  loginAction: fc.constantFrom('open-browser', 'show-address'),
  minPasswordScore: fc.integer({ min: 0, max: 4 }),
  camera: fc.constantFrom('auto', 'off'),
  onScreenKeyboard: fc.constantFrom('auto', 'always', 'never'),
  logLevel: fc.constantFrom('error', 'warn', 'info', 'debug'),
};
const noise = fc.oneof(
  fc.constantFrom('http://aktif.ispeks.example.gov.my', 'https://phish.example/login', 'javascript:alert(1)', 'https', 'true', 'no', '', ' '),
  fc.integer({ min: -5, max: 5000 }),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const valueOf = (name: Name) => fc.oneof({ weight: 19, arbitrary: VALID[name] }, { weight: 1, arbitrary: noise });
/** As the environment or a flag spells a value: lists comma-separated. */
const rawOf = (name: Name) => valueOf(name).map((value) => (Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : JSON.stringify(value) ?? ''));

const settings = fc
  .tuple(fc.subarray(NAMES, { maxLength: 6 }), fc.oneof({ weight: 19, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }))
  .chain(([names, unknown]) =>
    fc.tuple(...names.map(valueOf), noise).map(([...values]) => {
      const object: Record<string, unknown> = Object.fromEntries(names.map((name, index) => [name, values[index]]));
      if (unknown !== null) object[unknown] = values.at(-1);
      return object;
    }),
  );
// IT's file names an https API about half the time, as a real deployment does.
const deployed = fc.tuple(settings, fc.boolean()).map(([object, https]) => (https ? { apiBaseUrl: 'https://aktif.ispeks.example.gov.my', ...object } : object));
const fileAt = (path: string, contents: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<ConfigFile | undefined> =>
  fc.oneof(
    { weight: 30, arbitrary: contents.map((object) => ({ path, text: JSON.stringify(object) })) },
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant({ path, text: null }) },
    { weight: 1, arbitrary: fc.constant({ path, text: null, readError: 'EACCES' }) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 1 }).map((json) => JSON.stringify(json) ?? '')).map((body) => ({ path, text: body })) },
  );
const env = fc
  .tuple(fc.subarray(NAMES, { maxLength: 4 }), fc.option(fc.tuple(fc.constantFrom('ISPEKS_CONFIG_FILE', 'PATH', 'ISPEKS_KIOSKK'), fc.string({ maxLength: 8 }))))
  .chain(([names, other]) =>
    fc.tuple(...names.map(rawOf)).map((raws) => ({ ...Object.fromEntries(names.map((name, index) => [FIELDS[name].env, raws[index]!])), ...(other ? { [other[0]]: other[1] } : {}) })),
  );
const argv = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NAMES).chain((name) => rawOf(name).map((raw) => `${FIELDS[name].flag}=${raw}`)) },
    { weight: 1, arbitrary: fc.constantFrom(...NAMES.map((name) => FIELDS[name].flag)) },
    { weight: 2, arbitrary: fc.constantFrom('--no-sandbox', 'ispeks://activate?token=x', '/opt/ispeks/ispeks') },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  ),
  { maxLength: 4 },
);
const sources: fc.Arbitrary<ConfigSources> = fc.record({
  env,
  argv,
  files: fc.record({ system: fileAt(SYSTEM_PATH, deployed), user: fileAt(USER_PATH, settings) }),
  packaged: fc.boolean(),
});

/** The sources a problem may name, each with the settings it can hold. */
function namedSources({ env, argv, files = {} }: ConfigSources): Map<string, (field: string) => boolean> {
  const named = new Map<string, (field: string) => boolean>([['default', () => true]]);
  for (const file of [files.system, files.user]) if (file) named.set(`file ${file.path}`, () => true);
  for (const name of NAMES) {
    if (env[FIELDS[name].env]) named.set(`env ${FIELDS[name].env}`, (field) => field === name);
    if (argv.some((arg) => arg === FIELDS[name].flag || arg.startsWith(`${FIELDS[name].flag}=`))) named.set(`flag ${FIELDS[name].flag}`, (field) => field === name);
  }
  return named;
}

it(`loads any generated configuration or names what is wrong and where, never throws (${RUNS} cases, seed ${SEED})`, () => {
  console.log(`config property seed: ${SEED} (PROPERTY_SEED=${SEED} replays it)`);
  fc.assert(
    fc.property(sources, (given) => {
      let result: ConfigResult;
      expect(() => (result = loadConfig(given))).not.toThrow();
      result = result!;
      if (result.ok) {
        expect(configSchema.safeParse(result.config).success).toBe(true);
      } else {
        expect(result.problems.length).toBeGreaterThan(0);
        const named = namedSources(given);
        for (const problem of result.problems) {
          expect(named.has(problem.source), `${problem.source} is not a source that was given`).toBe(true);
          expect(named.get(problem.source)!(problem.field), `${problem.source} does not hold ${problem.field}`).toBe(true);
          expect(problem.field.length).toBeGreaterThan(0);
        }
      }
      if (given.packaged && result.ok) {
        // The user's file, the environment and flags moved no security setting.
        const itAlone = loadConfig({ env: {}, argv: [], files: { system: given.files?.system }, packaged: true });
        if (itAlone.ok) for (const field of POLICY_FIELDS) expect(result.config[field], field).toEqual(itAlone.config[field]);
      }
    }),
    { numRuns: RUNS, seed: SEED },
  );
}, 60_000);
