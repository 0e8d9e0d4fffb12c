// Whether the Electron binary is on disk, found the way the electron package finds it, by looking
// at files only: requiring the package would try to download the binary.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  const packageDir = resolve(import.meta.dirname, '../../node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, executable) : join(packageDir, 'dist', executable);
  if (!existsSync(path)) {
    return { found: false, reason: `the Electron binary is not on this machine (looked for ${path}); the same flow runs in Chromium above` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { found: false, reason: 'no display: run under xvfb-run to include the Electron tests' };
  }
  return { found: true, path };
}
