// Where IT puts the configuration on each desktop: one system-wide file (deployed by policy) and
// the user's own, both `config.json`. `ISPEKS_CONFIG_FILE` names another system-wide file.
import { readFile } from 'node:fs/promises';
import { join, posix, win32 } from 'node:path';
import type { ConfigFile } from './config.ts';

export const PRODUCT_FOLDER = 'iSPEKS Activation Kiosk';
const LINUX_FOLDER = 'ispeks-activation-kiosk';

export function configFilePaths(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): string[] {
  const system =
    env.ISPEKS_CONFIG_FILE ??
    (platform === 'win32'
      ? win32.join(env.ProgramData ?? 'C:\\ProgramData', PRODUCT_FOLDER, 'config.json')
      : platform === 'darwin'
        ? posix.join('/Library/Application Support', PRODUCT_FOLDER, 'config.json')
        : posix.join('/etc', LINUX_FOLDER, 'config.json'));
  return [system, join(userDataDir, 'config.json')];
}

/** Reads each file; a missing one is simply absent, an unreadable one is reported by loadConfig. */
export async function readConfigFiles(paths: readonly string[]): Promise<ConfigFile[]> {
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { path, text: await readFile(path, 'utf8') };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return code === 'ENOENT' || code === 'ENOTDIR' ? { path, text: null } : { path, text: null, readError: code ?? 'unknown error' };
      }
    }),
  );
}
