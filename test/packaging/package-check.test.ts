// The checks behind `npm run package:check`, each shown to fail on what it guards against. The
// packaging run itself (electron-builder, a few seconds) is the npm script, not repeated here.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { getConfig } from 'app-builder-lib/out/util/config/load.js';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import {
  asarProblems,
  desktopEntryProblems,
  fuseProblems,
  installerScriptProblems,
  protocolProblems,
  REQUIRED_FUSES,
  schemaProblems,
  stubElectron,
} from '../../scripts/package-check.ts';

const root = resolve(import.meta.dirname, '../..');
const loadYml = async (): Promise<Configuration> => {
  const loaded = await getConfig<Configuration>({ packageKey: 'build', configFilename: 'electron-builder', projectDir: root, packageMetadata: null }, 'electron-builder.yml');
  if (!loaded) throw new Error('electron-builder.yml not found');
  return loaded.result;
};

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema, and a misspelt key is not', async () => {
    const config = await loadYml();
    expect(schemaProblems(config)).toEqual([]);
    const problems = schemaProblems({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } });
    expect(problems.join('\n')).toMatch(/\/electronFuses must NOT have additional properties: .*runAsnode/);
  });

  it('registers the scheme for every platform through the top-level protocols', async () => {
    const config = await loadYml();
    expect(protocolProblems(config, 'ispeks')).toEqual([]);
    expect(protocolProblems({ ...config, protocols: [], linux: { ...config.linux, protocols: [{ name: 'x', schemes: ['ispeks'] }] } }, 'ispeks')).toHaveLength(1);
  });
});

describe('build/installer.nsh', () => {
  it('writes and removes HKLM\\Software\\Classes\\ispeks', async () => {
    const nsh = await readFile(join(root, 'build/installer.nsh'), 'utf8');
    expect(installerScriptProblems(nsh, 'ispeks')).toEqual([]);
    expect(installerScriptProblems(nsh, 'ispeks2')).toEqual(['installer.nsh registers the scheme "ispeks", not "ispeks2"']);
    expect(installerScriptProblems(nsh.replace(/DeleteRegKey[^\n]*/, ''), 'ispeks')).toEqual([expect.stringContaining('customUnInstall lacks')]);
    expect(installerScriptProblems(nsh.replace('"%1"', '%1'), 'ispeks')).toEqual([expect.stringContaining('shell\\open\\command')]);
  });
});

describe('fuses', () => {
  it('the stub starts with every required fuse wrong; flipped as the yml says by @electron/fuses, it passes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ispeks-fuses-'));
    try {
      const electron = join(dir, 'electron');
      await writeFile(electron, stubElectron());
      expect(fuseProblems(await readFile(electron))).toHaveLength(REQUIRED_FUSES.length);
      const fuses = (await loadYml()).electronFuses;
      await flipFuses(electron, {
        version: FuseVersion.V1,
        [FuseV1Options.RunAsNode]: fuses?.runAsNode,
        [FuseV1Options.EnableCookieEncryption]: fuses?.enableCookieEncryption,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: fuses?.enableNodeOptionsEnvironmentVariable,
        [FuseV1Options.EnableNodeCliInspectArguments]: fuses?.enableNodeCliInspectArguments,
        [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: fuses?.enableEmbeddedAsarIntegrityValidation,
        [FuseV1Options.OnlyLoadAppFromAsar]: fuses?.onlyLoadAppFromAsar,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: fuses?.grantFileProtocolExtraPrivileges,
      });
      expect(fuseProblems(await readFile(electron))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a binary without a fuse wire fails', () => {
    expect(fuseProblems(Buffer.from('#!/bin/sh\n'))).toEqual(['the packaged executable carries no fuse wire']);
  });
});

describe('the asar', () => {
  const good = ['/package.json', '/out', '/out/main', '/out/main/index.js', '/out/preload', '/out/preload/index.cjs', '/out/renderer', '/out/renderer/index.html', '/out/renderer/assets', '/out/renderer/assets/index-1.js', '/out/renderer/assets/index-2.css'];
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ main: 'out/main/index.js', type: 'module' }),
    'out/renderer/index.html': '<script type="module" src="./assets/index-1.js"></script><link rel="stylesheet" href="./assets/index-2.css">',
  };
  const read = (path: string) => files[path] ?? '';
  const built = good.filter((f) => f.startsWith('/out/') && f.includes('.')).map((f) => f.slice(1));

  it('passes with the built app and package.json only', () => {
    expect(asarProblems(good, read, [...built, 'out/main/index.js.map'])).toEqual([]);
  });

  it('fails on sources, tests, server, scripts, source maps and node_modules', () => {
    const stray = ['/server/app.ts', '/test/x.test.ts', '/scripts/start.ts', '/node_modules/zod/index.js', '/out/main/index.js.map', '/renderer/src/App.tsx'];
    expect(asarProblems([...good, ...stray], read, built)).toEqual([`files that must not ship (only out/** and package.json belong): ${stray.map((s) => s.slice(1)).join(', ')}`]);
  });

  it('fails when a built file, a lazily loaded chunk, an asset or package.json’s main is missing', () => {
    const withoutPreloadAndCss = good.filter((f) => f !== '/out/preload/index.cjs' && !f.endsWith('.css'));
    expect(asarProblems(withoutPreloadAndCss, read, [])).toEqual(['missing out/preload/index.cjs', 'index.html references out/renderer/assets/index-2.css, which is not in the asar']);
    expect(asarProblems(good, read, [...built, 'out/renderer/assets/later-screens-3.js'])).toEqual(['built but not packaged: out/renderer/assets/later-screens-3.js']);
    const badMain = (path: string) => (path === 'package.json' ? JSON.stringify({ main: 'index.js' }) : read(path));
    expect(asarProblems(good, badMain, built)).toEqual(['package.json main (index.js) is not in the asar', 'package.json lost "type": "module"']);
  });
});

describe('the deb’s desktop entry', () => {
  const entry = '[Desktop Entry]\nName=iSPEKS Activation Kiosk\nExec="/opt/iSPEKS Activation Kiosk/ispeks-activation-kiosk" %U\nMimeType=x-scheme-handler/ispeks;\n';

  it('declares the scheme and passes the link', () => {
    expect(desktopEntryProblems(entry, 'ispeks')).toEqual([]);
  });

  it('fails without the scheme handler or without %U', () => {
    expect(desktopEntryProblems(entry.replace('MimeType=x-scheme-handler/ispeks;\n', ''), 'ispeks')).toEqual(['MimeType does not declare x-scheme-handler/ispeks: (absent)']);
    expect(desktopEntryProblems(entry.replace(' %U', ''), 'ispeks')).toEqual([expect.stringContaining('Exec does not pass the link')]);
  });
});
