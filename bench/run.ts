// `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process, after a fresh
// bench/results.jsonl. Prints figures; never fails on a figure (budgets live in npm test).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RESULTS_PATH } from './report.ts';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const benches = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

rmSync(RESULTS_PATH, { force: true });
let failed = 0;
for (const file of benches) {
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join('bench', file)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
console.log(`\n${benches.length - failed} benchmarks ran, ${failed} failed; figures in ${RESULTS_PATH}`);
process.exit(failed === 0 ? 0 : 1);
