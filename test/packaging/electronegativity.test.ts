// scripts/electronegativity.ts must fail on a real finding and allow only what ALLOWED names.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, findingsFromIssues, judge, type Finding } from '../../scripts/electronegativity.ts';

const root = resolve(import.meta.dirname, '../..');

const finding = (overrides: Partial<Finding>): Finding => ({
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'main/index.ts',
  line: 1,
  column: 1,
  code: 'shell.openExternal(url)',
  message: 'Review the use of openExternal',
  severity: 'MEDIUM',
  ...overrides,
});

describe('the electronegativity wrapper', () => {
  it('exits non-zero and names the findings on an insecure BrowserWindow', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/electronegativity.ts', 'test/fixtures/insecure-electron'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/FAIL +NODE_INTEGRATION_JS_CHECK test\/fixtures\/insecure-electron\/main\.ts:6/);
    expect(run.stdout).toMatch(/FAIL +CONTEXT_ISOLATION_JS_CHECK test\/fixtures\/insecure-electron\/main\.ts:6/);
  }, 60_000);

  it('allows a finding only for its check, file and code', () => {
    const verdict = judge(
      [
        finding({}),
        finding({ file: 'main/handlers.ts' }),
        finding({ code: 'shell.openExternal(payload.url)' }),
        finding({ check: 'NODE_INTEGRATION_JS_CHECK' }),
      ],
      ALLOWED,
      [],
    );
    expect(verdict.allowed.map(({ finding: f }) => f)).toEqual([finding({})]);
    expect(verdict.failures.map((f) => `${f.check} ${f.file} ${f.code}`)).toEqual([
      'OPEN_EXTERNAL_JS_CHECK main/handlers.ts shell.openExternal(url)',
      'OPEN_EXTERNAL_JS_CHECK main/index.ts shell.openExternal(payload.url)',
      'NODE_INTEGRATION_JS_CHECK main/index.ts shell.openExternal(url)',
    ]);
  });

  it('reports an allowance that matches nothing in a scanned folder, so the list cannot rot', () => {
    const stale = judge([], ALLOWED, ['main']).stale.map((a) => `${a.check} ${a.file}`);
    expect(stale).toEqual(ALLOWED.filter((a) => a.file.startsWith('main/')).map((a) => `${a.check} ${a.file}`));
    expect(judge([], ALLOWED, ['test/fixtures/insecure-electron']).stale).toEqual([]);
  });

  it('reads what the runner returns: 1-based columns, app-wide findings without a file', () => {
    const [window, csp] = findingsFromIssues([
      {
        id: 'NODE_INTEGRATION_JS_CHECK',
        file: 'main/w.ts',
        location: { line: 2, column: 4 },
        sample: 'nodeIntegration: true,',
        description: 'Disable nodeIntegration for untrusted origins',
        severity: { name: 'INFORMATIONAL' },
      },
      { id: 'CSP_GLOBAL_CHECK', file: 'N/A', location: { line: 0, column: 0 }, description: 'No CSP', severity: { name: 'MEDIUM' } },
    ]);
    expect(window).toEqual({
      check: 'NODE_INTEGRATION_JS_CHECK',
      file: 'main/w.ts',
      line: 2,
      column: 5,
      code: 'nodeIntegration: true,',
      message: 'Disable nodeIntegration for untrusted origins',
      severity: 'INFORMATIONAL',
    });
    expect(csp).toMatchObject({ check: 'CSP_GLOBAL_CHECK', file: null, code: '' });
  });
});
