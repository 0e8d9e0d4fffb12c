import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFilePaths, readConfigFiles } from '../../main/config-files.ts';
import { loadConfig } from '../../main/config.ts';

describe('where the configuration files are', () => {
  it.each([
    ['win32', { ProgramData: 'D:\\ProgramData' }, 'D:\\ProgramData\\iSPEKS Activation Kiosk\\config.json'],
    ['darwin', {}, '/Library/Application Support/iSPEKS Activation Kiosk/config.json'],
    ['linux', {}, '/etc/ispeks-activation-kiosk/config.json'],
    ['linux', { ISPEKS_CONFIG_FILE: '/srv/kiosk.json' }, '/srv/kiosk.json'],
  ] as const)('on %s the system-wide file is %j', (platform, env, expected) => {
    expect(configFilePaths(platform, env, '/home/u/.config/app')).toEqual([expected, join('/home/u/.config/app', 'config.json')]);
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
    const files = await readConfigFiles([system, join(dir, 'missing.json')]);
    expect(files[1]).toEqual({ path: join(dir, 'missing.json'), text: null });
    const result = loadConfig({}, [], files);
    expect(result.ok && result.config).toMatchObject({ kiosk: true, idleSeconds: 180 });
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read instead of ignoring it', async () => {
    const locked = join(dir, 'locked.json');
    await writeFile(locked, '{}');
    await chmod(locked, 0o000);
    const [file] = await readConfigFiles([locked]);
    expect(file?.readError).toBe('EACCES');
  });

  it('reports a folder where a file should be', async () => {
    const [file] = await readConfigFiles([dir]);
    expect(file?.readError).toBe('EISDIR');
  });
});
