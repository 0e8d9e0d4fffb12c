// `npm run screenshots`: every screen and state the end-to-end tests photograph, in both
// languages at 1920×1080, 1366×768 and 1080×1920, into screenshots/<size>/ (not committed). Then
// the ones the README shows are copied into docs/screenshots/: a README link without a size folder
// is the 1366×768 shot; a picture the README no longer shows is removed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shots = join(root, 'screenshots');
const SPECS = ['activation', 'scan', 'code', 'rules', 'kiosk-shell', 'password', 'resilience', 'touch', 'accessibility'].map((name) => `${name}.spec.ts`);

rmSync(shots, { recursive: true, force: true });
const run = spawnSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...SPECS], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SCREENSHOT_EVERY_SIZE: '1', SCREENSHOT_DIR: shots },
});
if (run.status !== 0) {
  console.error('The end-to-end tests failed; the screenshots are incomplete.');
  process.exit(1);
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const wanted = [...new Set([...readme.matchAll(/docs\/screenshots\/((?:\d+x\d+\/)?[\w.-]+\.png)/g)].map((match) => match[1]!))];
const missing: string[] = [];
for (const file of wanted) {
  const source = join(shots, file.includes('/') ? file : join('1366x768', file));
  const target = join(root, 'docs/screenshots', file);
  mkdirSync(dirname(target), { recursive: true });
  try {
    copyFileSync(source, target);
  } catch {
    missing.push(file);
  }
}
// What the README no longer shows goes, so docs/screenshots/ never holds a stale picture.
const docs = join(root, 'docs/screenshots');
for (const entry of readdirSync(docs, { recursive: true, withFileTypes: true })) {
  const file = relative(docs, join(entry.parentPath, entry.name));
  if (entry.isFile() && file.endsWith('.png') && !wanted.includes(file)) rmSync(join(docs, file));
}
const sizes = readdirSync(shots);
const total = sizes.reduce((sum, size) => sum + readdirSync(join(shots, size)).length, 0);
console.log(`\n${total} screenshots in screenshots/ (${sizes.join(', ')}); ${wanted.length - missing.length} shown in the README refreshed in docs/screenshots/.`);
if (missing.length > 0) {
  console.error(`The README shows screenshots no test takes: ${missing.join(', ')}`);
  process.exit(1);
}
