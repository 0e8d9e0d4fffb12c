// Where the configuration lives on each desktop: one system-wide file (deployed by IT) and the
// user's own, both `config.json`. In development `ISPEKS_CONFIG_FILE` names another system-wide
// file; an installed kiosk ignores it, or anyone could name their own file as IT's.
import { readFile } from 'node:fs/promises';
import { join, posix, win32 } from 'node:path';
import type { ConfigFile } from './config.ts';

export const PRODUCT_FOLDER = 'iSPEKS Activation Kiosk';
const LINUX_FOLDER = 'ispeks-activation-kiosk';

export interface ConfigFilePaths<T = string> {
  readonly system: T;
  readonly user: T;
}

export function configFilePaths(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  packaged: boolean,
): ConfigFilePaths {
  const system =
    (packaged ? undefined : env.ISPEKS_CONFIG_FILE) ??
    (platform === 'win32'
      ? win32.join(env.ProgramData ?? 'C:\\ProgramData', PRODUCT_FOLDER, 'config.json')
      : platform === 'darwin'
        ? posix.join('/Library/Application Support', PRODUCT_FOLDER, 'config.json')
        : posix.join('/etc', LINUX_FOLDER, 'config.json'));
  return { system, user: join(userDataDir, 'config.json') };
}

/** Reads each file; a missing one is simply absent, an unreadable one is reported by loadConfig. */
export async function readConfigFile(path: string): Promise<ConfigFile> {
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { path, text: null } : { path, text: null, readError: code ?? 'unknown error' };
  }
}

export async function readConfigFiles(paths: ConfigFilePaths): Promise<ConfigFilePaths<ConfigFile>> {
  const [system, user] = await Promise.all([readConfigFile(paths.system), readConfigFile(paths.user)]);
  return { system, user };
}
