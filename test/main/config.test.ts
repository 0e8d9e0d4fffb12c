import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../main/config.ts';

describe('kiosk configuration', () => {
  it('defaults to the reference API on loopback, in demo mode, in Malay, on a managed desktop', () => {
    expect(loadConfig({ env: {}, argv: [] })).toMatchObject({
      ok: true,
      ignored: [],
      config: {
        apiBaseUrl: 'http://127.0.0.1:8787',
        allowedLinkHosts: ['127.0.0.1:8787'],
        demo: true,
        loginUrl: 'http://127.0.0.1:8787/login',
        loginAction: 'open-browser',
        defaultLanguage: 'ms',
        kiosk: false,
        camera: 'auto',
        minPasswordScore: 3,
      },
    });
  });

  it('takes environment variables over defaults and flags over environment variables', () => {
    const result = loadConfig({
      env: { ISPEKS_API_BASE_URL: 'https://api.ispeks.example.gov.my', ISPEKS_DEFAULT_LANGUAGE: 'en', ISPEKS_REQUEST_TIMEOUT_MS: '5000' },
      argv: ['/usr/bin/kiosk', '--request-timeout-ms=8000', '--no-sandbox', 'ispeks://activate?token=x'],
    });
    expect(result.ok && result.config).toMatchObject({
      apiBaseUrl: 'https://api.ispeks.example.gov.my',
      allowedLinkHosts: ['api.ispeks.example.gov.my'],
      demo: false,
      loginUrl: 'https://api.ispeks.example.gov.my/login',
      defaultLanguage: 'en',
      requestTimeoutMs: 8000,
    });
  });

  it('reads lists and booleans from the environment', () => {
    const result = loadConfig({ env: { ISPEKS_ALLOWED_LINK_HOSTS: 'ispeks.example.gov.my, 127.0.0.1:8787', ISPEKS_DEMO: 'false' }, argv: [] });
    expect(result.ok && result.config.allowedLinkHosts).toEqual(['ispeks.example.gov.my', '127.0.0.1:8787']);
    expect(result.ok && result.config.demo).toBe(false);
  });

  it.each([
    ['ISPEKS_API_BASE_URL', 'http://api.ispeks.example.gov.my', 'apiBaseUrl', 'https'],
    ['ISPEKS_API_BASE_URL', 'not a url', 'apiBaseUrl', ''],
    ['ISPEKS_LOGIN_URL', 'javascript:alert(1)', 'loginUrl', ''],
    ['ISPEKS_LINK_SCHEME', 'https', 'linkScheme', 'browser scheme'],
    ['ISPEKS_LINK_SCHEME', 'Has Space', 'linkScheme', 'lowercase'],
    ['ISPEKS_REQUEST_TIMEOUT_MS', 'soon', 'requestTimeoutMs', ''],
    ['ISPEKS_REQUEST_TIMEOUT_MS', '10', 'requestTimeoutMs', ''],
    ['ISPEKS_DEFAULT_LANGUAGE', 'fr', 'defaultLanguage', ''],
    ['ISPEKS_DEMO', 'maybe', 'demo', ''],
    ['ISPEKS_ALLOWED_LINK_HOSTS', 'https://ispeks.example.gov.my/', 'allowedLinkHosts', 'host'],
    ['ISPEKS_IDLE_SECONDS', '5', 'idleSeconds', ''],
    ['ISPEKS_IDLE_WARNING_SECONDS', '10', 'idleWarningSeconds', ''],
    ['ISPEKS_LOGIN_ACTION', 'run-command', 'loginAction', ''],
    ['ISPEKS_MIN_PASSWORD_SCORE', '5', 'minPasswordScore', ''],
    ['ISPEKS_ON_SCREEN_KEYBOARD', 'sometimes', 'onScreenKeyboard', ''],
    ['ISPEKS_LOG_LEVEL', 'verbose', 'logLevel', ''],
  ])('refuses %s=%s, naming the source, the field and the value', (variable, value, field, hint) => {
    const result = loadConfig({ env: { [variable]: value }, argv: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.field === field);
    expect(problem).toMatchObject({ source: `env ${variable}`, value });
    expect(problem?.message.toLowerCase()).toContain(hint.toLowerCase());
  });

  it('names the flag when a flag is wrong', () => {
    const result = loadConfig({ env: {}, argv: ['--api-base-url=ftp://example.com'] });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ source: 'flag --api-base-url', field: 'apiBaseUrl', value: 'ftp://example.com' }),
    ]);
  });
});

describe('configuration files from IT', () => {
  const file = (path: string, settings: unknown) => ({ path, text: typeof settings === 'string' ? settings : JSON.stringify(settings) });

  it('layers defaults < system file < user file < environment < flags in a development build', () => {
    const result = loadConfig({
      env: { ISPEKS_IDLE_SECONDS: '90' },
      argv: ['--default-language=en'],
      files: {
        system: file('/etc/ispeks-activation-kiosk/config.json', { kiosk: true, idleSeconds: 300, defaultLanguage: 'ms', apiBaseUrl: 'https://api.ispeks.example.gov.my' }),
        user: file('/home/kaunter/.config/config.json', { idleSeconds: 200, loginAction: 'show-address' }),
      },
    });
    expect(result.ok && result.config).toMatchObject({
      kiosk: true,
      apiBaseUrl: 'https://api.ispeks.example.gov.my',
      allowedLinkHosts: ['api.ispeks.example.gov.my'],
      loginAction: 'show-address',
      idleSeconds: 90,
      defaultLanguage: 'en',
    });
  });

  it('ignores a file that is not there', () => {
    expect(loadConfig({ env: {}, argv: [], files: { system: { path: '/etc/x/config.json', text: null } } }).ok).toBe(true);
  });

  it.each([
    ['{ "kiosk": true, }', '(file)', 'not valid JSON'],
    ['["kiosk"]', '(file)', 'JSON object'],
    ['{ "kisok": true }', 'kisok', 'not a setting'],
    ['{ "kiosk": "yes" }', 'kiosk', ''],
    ['{ "apiBaseUrl": "http://api.ispeks.example.gov.my" }', 'apiBaseUrl', 'https'],
    ['{ "idleSeconds": 5 }', 'idleSeconds', ''],
  ])('names the file, the field and the value of a bad file: %s', (text, field, hint) => {
    const result = loadConfig({ env: {}, argv: [], files: { system: { path: 'C:\\ProgramData\\iSPEKS Activation Kiosk\\config.json', text } } });
    expect(result.ok).toBe(false);
    const problem = result.ok ? undefined : result.problems.find((p) => p.field === field);
    expect(problem?.source).toBe('file C:\\ProgramData\\iSPEKS Activation Kiosk\\config.json');
    expect(problem?.message.toLowerCase()).toContain(hint.toLowerCase());
  });

  it('reports a file it may not read', () => {
    const result = loadConfig({ env: {}, argv: [], files: { system: { path: '/etc/ispeks-activation-kiosk/config.json', text: null, readError: 'EACCES' } } });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ source: 'file /etc/ispeks-activation-kiosk/config.json', message: expect.stringContaining('EACCES') }),
    ]);
  });
});
