import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFilePaths, readConfigFile, readConfigFiles } from '../../main/config-files.ts';
import { loadConfig } from '../../main/config.ts';

describe('where the configuration files are', () => {
  it.each([
    ['win32', { ProgramData: 'D:\\ProgramData' }, 'D:\\ProgramData\\iSPEKS Activation Kiosk\\config.json'],
    ['darwin', {}, '/Library/Application Support/iSPEKS Activation Kiosk/config.json'],
    ['linux', {}, '/etc/ispeks-activation-kiosk/config.json'],
    ['linux', { ISPEKS_CONFIG_FILE: '/srv/kiosk.json' }, '/srv/kiosk.json'],
  ] as const)('on %s the system-wide file is %j', (platform, env, expected) => {
    expect(configFilePaths(platform, env, '/home/u/.config/app', false)).toEqual({ system: expected, user: join('/home/u/.config/app', 'config.json') });
  });

  it('is in its fixed place in an installed kiosk, whatever ISPEKS_CONFIG_FILE says', () => {
    expect(configFilePaths('linux', { ISPEKS_CONFIG_FILE: '/home/u/mine.json' }, '/home/u/.config/app', true).system).toBe('/etc/ispeks-activation-kiosk/config.json');
  });
});

describe('reading them from disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ispeks-config-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads real files, treats a missing one as absent, and the result feeds the configuration', async () => {
    const system = join(dir, 'system.json');
    await writeFile(system, JSON.stringify({ kiosk: true, idleSeconds: 180 }));
    const files = await readConfigFiles({ system, user: join(dir, 'missing.json') });
    expect(files.user).toEqual({ path: join(dir, 'missing.json'), text: null });
    const result = loadConfig({ env: {}, argv: [], files });
    expect(result.ok && result.config).toMatchObject({ kiosk: true, idleSeconds: 180 });
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read instead of ignoring it', async () => {
    const locked = join(dir, 'locked.json');
    await writeFile(locked, '{}');
    await chmod(locked, 0o000);
    const file = await readConfigFile(locked);
    expect(file?.readError).toBe('EACCES');
  });

  it('reports a folder where a file should be', async () => {
    const file = await readConfigFile(dir);
    expect(file?.readError).toBe('EISDIR');
  });
});
