// IT's settings beat the user's in an installed kiosk, as browser and editor policies do: the
// security settings come only from the defaults and the system-wide file; the user's file, the
// environment and flags may set the rest, idle times within IT's bounds. A development build takes
// everything from everywhere. What was not taken is reported by setting name, never by value.
import { describe, expect, it } from 'vitest';
import { POLICY_FIELDS } from '../../main/config-settings.ts';
import { loadConfig, type ConfigFile } from '../../main/config.ts';

const SYSTEM = '/etc/ispeks-activation-kiosk/config.json';
const USER = '/home/kaunter/.config/iSPEKS Activation Kiosk/config.json';
const file = (path: string, settings: Record<string, unknown>): ConfigFile => ({ path, text: JSON.stringify(settings) });
const system = (settings: Record<string, unknown>) => file(SYSTEM, settings);
const user = (settings: Record<string, unknown>) => file(USER, settings);

const IT = { apiBaseUrl: 'https://aktif.ispeks.example.gov.my', kiosk: true, minPasswordScore: 4 };
// What someone with a desktop login would like the kiosk to do instead.
const ATTACK = {
  apiBaseUrl: 'https://phish.example',
  allowedLinkHosts: ['phish.example'],
  linkScheme: 'phish',
  loginUrl: 'https://phish.example/login',
  loginAction: 'open-browser',
  kiosk: false,
  demo: true,
  minPasswordScore: 0,
  camera: 'off',
  idleSecondsMax: 3600,
};

describe('an installed kiosk', () => {
  it('takes no security setting from the user\'s file, and says which it ignored', () => {
    const result = loadConfig({ env: {}, argv: [], files: { system: system(IT), user: user(ATTACK) }, packaged: true });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.config).toMatchObject({
      apiBaseUrl: IT.apiBaseUrl,
      allowedLinkHosts: ['aktif.ispeks.example.gov.my'],
      linkScheme: 'ispeks',
      loginUrl: 'https://aktif.ispeks.example.gov.my/login',
      loginAction: 'show-address',
      kiosk: true,
      demo: false,
      minPasswordScore: 4,
      camera: 'auto',
    });
    expect(result.ignored.map((setting) => setting.field).sort()).toEqual(Object.keys(ATTACK).sort());
    for (const setting of result.ignored) expect(setting).toMatchObject({ source: "user's file", reason: expect.stringContaining('system-wide file') });
    expect(JSON.stringify(result.ignored)).not.toContain('phish');
  });

  it.each(POLICY_FIELDS.map((field) => [field]))('takes %s from neither the environment nor a flag', (field) => {
    const result = loadConfig({ env: { [envOf(field)]: 'x' }, argv: [`${flagOf(field)}=x`], files: { system: system(IT) }, packaged: true });
    expect(result.ok).toBe(true);
    expect(result.ignored.filter((setting) => setting.field === field).map((setting) => setting.source).sort()).toEqual([`env ${envOf(field)}`, `flag ${flagOf(field)}`]);
  });

  it('lets the person at the desktop choose the language, the log level and the request timeout', () => {
    const result = loadConfig({
      env: { ISPEKS_LOG_LEVEL: 'debug' },
      argv: ['--request-timeout-ms=30000'],
      files: { system: system({ ...IT, defaultLanguage: 'ms' }), user: user({ defaultLanguage: 'en' }) },
      packaged: true,
    });
    expect(result).toMatchObject({ ok: true, ignored: [], config: { defaultLanguage: 'en', logLevel: 'debug', requestTimeoutMs: 30000 } });
  });

  it('takes the user\'s idle times within the bounds IT set, and IT\'s own otherwise', () => {
    const bounds = { ...IT, idleSeconds: 120, idleSecondsMin: 60, idleSecondsMax: 180, idleWarningSecondsMax: 60 };
    const within = loadConfig({ env: { ISPEKS_IDLE_SECONDS: '90' }, argv: [], files: { system: system(bounds) }, packaged: true });
    expect(within).toMatchObject({ ok: true, ignored: [], config: { idleSeconds: 90 } });

    const beyond = loadConfig({ env: {}, argv: ['--idle-warning-seconds=300'], files: { system: system(bounds), user: user({ idleSeconds: 3600 }) }, packaged: true });
    expect(beyond).toMatchObject({ ok: true, config: { idleSeconds: 120, idleWarningSeconds: 30 } });
    expect(beyond.ignored).toEqual([
      { source: "user's file", field: 'idleSeconds', reason: 'outside the bounds IT set (60–180)' },
      { source: 'flag --idle-warning-seconds', field: 'idleWarningSeconds', reason: 'outside the bounds IT set (20–60)' },
    ]);
  });

  it('tells IT when its own idle time lies outside its own bounds, or the bounds are the wrong way round', () => {
    const outside = loadConfig({ env: {}, argv: [], files: { system: system({ ...IT, idleSecondsMax: 90 }) }, packaged: true });
    expect(outside.ok ? [] : outside.problems).toEqual([expect.objectContaining({ source: 'default', field: 'idleSeconds', message: expect.stringContaining('30–90') })]);
    const reversed = loadConfig({ env: {}, argv: [], files: { system: system({ ...IT, idleSecondsMin: 300, idleSecondsMax: 90 }) }, packaged: true });
    expect(reversed.ok ? [] : reversed.problems).toEqual([expect.objectContaining({ source: `file ${SYSTEM}`, field: 'idleSecondsMin' })]);
  });

  it('reads the system-wide file only from its fixed place', () => {
    const result = loadConfig({ env: { ISPEKS_CONFIG_FILE: '/home/kaunter/mine.json' }, argv: [], files: { system: system(IT) }, packaged: true });
    expect(result.ignored).toEqual([expect.objectContaining({ source: 'env ISPEKS_CONFIG_FILE' })]);
  });

  it('sends Log Masuk only to https', () => {
    const result = loadConfig({ env: {}, argv: [], files: {}, packaged: true });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ source: 'default', field: 'loginUrl', message: 'must use https in an installed kiosk' }),
    ]);
  });
});

describe('a development build', () => {
  it('takes every setting from every source, the later over the earlier', () => {
    const result = loadConfig({
      env: { ISPEKS_MIN_PASSWORD_SCORE: '1' },
      argv: ['--camera=off'],
      files: { system: system(IT), user: user({ apiBaseUrl: 'http://127.0.0.1:9000', kiosk: false }) },
    });
    expect(result).toMatchObject({ ok: true, ignored: [], config: { apiBaseUrl: 'http://127.0.0.1:9000', kiosk: false, minPasswordScore: 1, camera: 'off', loginUrl: 'http://127.0.0.1:9000/login' } });
  });
});

describe('Log Masuk', () => {
  it('shows the address on a kiosk, and IT cannot ask a kiosk to open a browser', () => {
    expect(loadConfig({ env: { ISPEKS_KIOSK: 'true' }, argv: [] })).toMatchObject({ ok: true, config: { loginAction: 'show-address' } });
    const conflict = loadConfig({ env: { ISPEKS_KIOSK: 'true', ISPEKS_LOGIN_ACTION: 'open-browser' }, argv: [] });
    expect(conflict.ok ? [] : conflict.problems).toEqual([expect.objectContaining({ source: 'env ISPEKS_LOGIN_ACTION', field: 'loginAction' })]);
  });

  it.each([
    ['https://aktif.ispeks.example.gov.my/login', true],
    ['https://portal.ispeks.example.gov.my/', true],
    ['https://phish.example/login', false],
    ['https://aktif.ispeks.example.gov.my.phish.example/', false],
  ])('leads to %s only on the API\'s host or a host its links come from: %s', (loginUrl, allowed) => {
    const result = loadConfig({
      env: {},
      argv: [],
      files: { system: system({ ...IT, allowedLinkHosts: ['aktif.ispeks.example.gov.my', 'portal.ispeks.example.gov.my'], loginUrl }) },
      packaged: true,
    });
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ field: 'loginUrl', source: `file ${SYSTEM}` })]);
  });
});

describe('the camera', () => {
  it.each([
    [undefined, 'auto'],
    ['off', 'off'],
  ])('is %s → %s', (camera, expected) => {
    expect(loadConfig({ env: camera ? { ISPEKS_CAMERA: camera } : {}, argv: [] })).toMatchObject({ ok: true, config: { camera: expected } });
  });

  it('refuses anything else, naming the source', () => {
    const result = loadConfig({ env: { ISPEKS_CAMERA: 'on' }, argv: [] });
    expect(result.ok ? [] : result.problems).toEqual([expect.objectContaining({ source: 'env ISPEKS_CAMERA', field: 'camera', value: 'on' })]);
  });
});

function envOf(field: string): string {
  return `ISPEKS_${field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;
}
function flagOf(field: string): string {
  return `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
