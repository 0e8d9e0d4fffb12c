// The IT log: its line format, the guard against personal values, and electron-log's real file
// transport (electron-log/node, the same code electron-log/main uses) in a temp folder.
import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSources, createLogger, logIgnoredSettings, formatLine, logCrashes, LOG_FILE_MAX_BYTES, redact, startFileLog } from '../../main/log.ts';

describe('log lines', () => {
  it('are the event, then key=value, quoted only when needed', () => {
    expect(formatLine('api.call', { call: 'open', status: 502, retried: true, nothing: undefined, reason: 'two words' })).toBe(
      'api.call call=open status=502 retried=true reason="two words"',
    );
  });

  it('cannot be split into two lines by a value', () => {
    expect(formatLine('app.crash', { message: 'first\nforged line' })).toBe('app.crash message="first\\nforged line"');
  });

  it.each([
    ['an IC number', 'no account for 900101-03-5678 or 900101035678'],
    ['an e-mail address', 'sent to siti.aisyah@demo.ispeks.invalid'],
    ['a link token', 'token 3q2-7wEjR8rXwq0c7Uv6S0bYj5Jk2hH9mLqvZcN1pTe'],
    ['an activation link', 'opened https://ispeks.example.gov.my/activate?token=abc'],
    ['a deep link', 'got ispeks://activate?token=abc'],
  ])('never carry %s, whatever field it is in', (_name, text) => {
    const line = formatLine('anything', { detail: text });
    expect(line).toContain('[redacted]');
    expect(line).not.toMatch(/\d{6}-?\d{2}-?\d{4}|@demo|3q2-7wEj|token=abc/);
  });

  it('drop a field whose name says it is personal', () => {
    expect(formatLine('oops', { password: 'Rahsia-Sangat-1', answer: 'kucing', name: 'Siti', email: 'x', token: 'y', icNumber: 'z' })).toBe(
      'oops password=[redacted] answer=[redacted] name=[redacted] email=[redacted] token=[redacted] icNumber=[redacted]',
    );
  });

  it('keep what IT needs: path templates, statuses, hosts, durations, a stack frame', () => {
    const line = formatLine('api.call', { path: '/v1/activations/{token}', status: 503, host: 'ispeks.example.gov.my:443', durationMs: 1234, at: 'file:///opt/kiosk/resources/app.asar/out/main/index.js:10:5' });
    expect(line).not.toContain('[redacted]');
    expect(redact('2026-11-24T10:00:00.000Z took 1732440000000 ms')).not.toContain('[redacted]');
  });

  it('never take the kiosk down when the file cannot be written', () => {
    const logger = createLogger(() => {
      throw new Error('ENOSPC');
    });
    expect(() => logger.log('info', 'app.start')).not.toThrow();
  });
});

describe('crashes', () => {
  it('are logged without personal values, and without changing what Node does about them', () => {
    const lines: string[] = [];
    const target = new EventEmitter();
    logCrashes(target, createLogger((level, line) => lines.push(`${level} ${line}`)));
    const error = new TypeError('cannot read profile of 900101035678 <siti@demo.ispeks.invalid>');
    target.emit('uncaughtExceptionMonitor', error, 'uncaughtException');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error app\.crash origin=uncaughtException error=TypeError message="cannot read profile of \[redacted\] <\[redacted\]>" stack="at .*log\.test\.ts:\d+:\d+"$/);
    expect(target.listenerCount('uncaughtException')).toBe(0);
  });
});

describe('config sources', () => {
  it('name the files, variables and flags used, never their values, with the home folder hidden', () => {
    const files = [
      { path: '/etc/ispeks-activation-kiosk/config.json', text: '{"kiosk":true}' },
      { path: '/home/siti/.config/iSPEKS Activation Kiosk/config.json', text: null },
    ];
    expect(configSources({ ISPEKS_API_BASE_URL: 'https://secret.example', ISPEKS_KIOSK: '' }, ['app', '--log-level=debug', 'ispeks://activate?token=x'], files, '/home/siti')).toEqual({
      configFiles: '/etc/ispeks-activation-kiosk/config.json',
      configEnv: 'ISPEKS_API_BASE_URL',
      configFlags: '--log-level',
    });
    const userFile = [{ path: '/home/siti/.config/iSPEKS Activation Kiosk/config.json', text: '{}' }];
    expect(configSources({}, [], userFile, '/home/siti')).toEqual({ configFiles: '~/.config/iSPEKS Activation Kiosk/config.json', configEnv: 'none', configFlags: 'none' });
  });
});

describe('settings an installed kiosk ignored', () => {
  it('are one warning each, with the setting, the source and why, never the value', () => {
    const lines: string[] = [];
    const logger = createLogger((level, line) => lines.push(`${level} ${line}`));
    logIgnoredSettings(logger, [
      { source: "user's file", field: 'apiBaseUrl', reason: 'only the system-wide file sets this in an installed kiosk' },
      { source: 'flag --idle-seconds', field: 'idleSeconds', reason: 'outside the bounds IT set (60–180)' },
    ]);
    expect(lines).toEqual([
      `warn config.ignored setting=apiBaseUrl source="user's file" reason="only the system-wide file sets this in an installed kiosk"`,
      'warn config.ignored setting=idleSeconds source="flag --idle-seconds" reason="outside the bounds IT set (60–180)"',
    ]);
  });
});

describe('the log file', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'ispeks-log-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('holds one timestamped line per event at the configured level and above', async () => {
    const file = join(dir, 'main.log');
    const logger = startFileLog(electronLog, 'info', file);
    electronLog.transports.console.level = false;
    logger.log('debug', 'api.call', { call: 'health' });
    logger.log('info', 'app.start', { version: '1.2.3' });
    logger.log('warn', 'api.call', { call: 'complete', status: 502 });
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[info\] +app\.start version=1\.2\.3$/);
    expect(lines[1]).toMatch(/\[warn\] +api\.call call=complete status=502$/);
  });

  it('rotates at 1 MB, keeping one old file, so it never fills the disk', async () => {
    const file = join(dir, 'main.log');
    const logger = startFileLog(electronLog, 'info', file);
    electronLog.transports.console.level = false;
    const filler = 'lorem ipsum '.repeat(84); // words, or the guard would take it for a token
    for (let index = 0; index < (LOG_FILE_MAX_BYTES / 1000) * 2.5; index += 1) logger.log('info', 'filler', { index, filler });
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['main.log', 'main.old.log']);
    for (const name of files) expect((await readFile(join(dir, name))).length).toBeLessThanOrEqual(LOG_FILE_MAX_BYTES + 2000);
  });
});
