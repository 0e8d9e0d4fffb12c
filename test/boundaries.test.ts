// The process boundaries (docs/architecture.md) are enforced by lint: prove the rules bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').length;
}

describe('import boundaries', () => {
  it.each([
    ['renderer/src/x.ts', "import { createHandlers } from '../../main/handlers.ts';\nexport { createHandlers };"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };"],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs';\nexport { readFile };"],
    ['shared/x.ts', "import { App } from '../renderer/src/App.tsx';\nexport { App };"],
    ['shared/x.ts', "import { app } from 'electron';\nexport { app };"],
    ['main/x.ts', "import { App } from '../renderer/src/App.tsx';\nexport { App };"],
    ['main/handlers-extra.ts', "import { shell } from 'electron';\nexport { shell };"],
    ['server/x.ts', "import { loadConfig } from '../main/config.ts';\nexport { loadConfig };"],
    ['preload/x.ts', "import { loadConfig } from '../main/config.ts';\nexport { loadConfig };"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });

  it.each([
    ['renderer/src/x.ts', "import { parseIcNumber } from '../../shared/ic-number.ts';\nexport { parseIcNumber };"],
    ['main/x.ts', "import type { BrowserWindow } from 'electron';\nexport type { BrowserWindow };"],
    ['main/index.ts', "import { app } from 'electron';\nexport { app };"],
    ['server/x.ts', "import { problem } from '../shared/api-contract.ts';\nexport { problem };"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
