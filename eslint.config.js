// Lint is where the process boundaries (docs/architecture.md) are enforced: a wrong import fails `npm test`.
import tseslint from 'typescript-eslint';

const otherProcesses = (...folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/*`, `**/${folder}`],
    message: `Process boundary (docs/architecture.md): this process may not import from ${folder}/.`,
  }));
const electron = { name: 'electron', message: 'Only main/ and preload/ may load electron at run time.', allowTypeImports: true };
const node = { group: ['node:*'], message: 'No Node built-ins in this layer.' };

export const boundaries = {
  shared: { paths: [electron], patterns: [...otherProcesses('main', 'preload', 'renderer', 'server', 'test'), node] },
  renderer: { paths: [electron], patterns: [...otherProcesses('main', 'preload', 'server', 'test'), node] },
  preload: { paths: [], patterns: [...otherProcesses('main', 'renderer', 'server', 'test'), node] },
  main: { paths: [], patterns: otherProcesses('renderer', 'preload', 'server', 'test') },
  server: { paths: [electron], patterns: otherProcesses('main', 'preload', 'renderer', 'test') },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  ...Object.entries(boundaries).map(([folder, { paths, patterns }]) => ({
    files: [`${folder}/**/*.{ts,tsx}`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] },
  })),
  {
    // Only the thin Electron entry files touch ipcMain / ipcRenderer; everything else goes through them.
    files: ['main/**/*.ts'],
    ignores: ['main/ipc.ts', 'main/index.ts', 'main/electron/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'electron', allowTypeImports: true, message: 'Keep electron in main/index.ts, main/ipc.ts and main/electron/: pass what you need as arguments.' }], patterns: otherProcesses('renderer', 'preload', 'server', 'test') }] },
  },
);
