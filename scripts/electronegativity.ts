// `npm run lint:security`: Electronegativity (Doyensec's Electron security linter) over main/,
// preload/ and renderer/, failing on any finding not in ALLOWED, on any file it could not parse,
// on inline `eng-disable` comments, and on an allowance that no longer matches anything.
// A wrapper because the tool always exits 0, writes its report files without awaiting them (hence
// its unreliable CSV) and calls GitHub in AvailableSecurityFixesGlobalCheck (skipped). The folders
// are scanned together as one app, so the global checks (CSP, navigation limits, permission
// handler) see main and the renderer at once. Sources rather than out/: findings then point at
// our lines, not at bundled libraries.
// Known blind spot (checked on 1.10.3): it misses nodeIntegration: true when sandbox is set beside it.
// Usage: tsx scripts/electronegativity.ts [folder…]   (folders relative to the project root)
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');
export const DEFAULT_FOLDERS = ['main', 'preload', 'renderer'];
const WIKI = 'https://github.com/doyensec/electronegativity/wiki/';

export interface Allowance {
  readonly check: string;
  readonly file: string;
  /** Text the flagged code must contain, so another occurrence in the same file is not allowed. */
  readonly code: string;
  readonly reason: string;
}

/** Reviewed findings, one reason each. Anything else fails. */
export const ALLOWED: readonly Allowance[] = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    // The whole policy: any change to it, weaker or not, is reviewed again.
    code: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'",
    reason: "csp-evaluator's warning that script-src 'self' is risky on an origin serving JSONP or uploads; app://kiosk serves only the built bundle",
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/electron/window.ts',
    code: 'preload: preloadPath',
    reason: 'the preload exposes one typed bridge built from the IPC contract and never ipcRenderer (preload/index.ts)',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.ts',
    code: 'shell.openExternal(url)',
    reason: 'handlers.ts opens only config.loginUrl, an https address validated from IT configuration, never a URL from the renderer',
  },
  {
    check: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'main/index.ts',
    code: 'app.setAsDefaultProtocolClient(',
    reason: 'registers the link scheme in development only (installers do it for packaged builds); links go through shared/activation-link.ts',
  },
];

export interface Finding {
  readonly check: string;
  /** Relative to the scanned root, which mirrors the project; null for an app-wide finding. */
  readonly file: string | null;
  readonly line: number;
  readonly column: number;
  /** The flagged source text. */
  readonly code: string;
  readonly message: string;
  readonly severity: string;
}

/** An issue as Electronegativity's runner returns it (the objects its SARIF is written from). */
export interface RawIssue {
  readonly id: string;
  readonly file: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly sample?: string;
  readonly description: string;
  readonly severity: { readonly name: string };
}

export function findingsFromIssues(issues: readonly RawIssue[]): Finding[] {
  return issues.map((issue) => ({
    check: issue.id,
    // App-wide findings (e.g. "no CSP at all") name the file "N/A".
    file: issue.file === 'N/A' ? null : issue.file.replaceAll('\\', '/'),
    line: issue.location.line,
    column: issue.location.column + 1,
    code: issue.sample ?? '',
    message: issue.description,
    severity: issue.severity.name,
  }));
}

export interface Verdict {
  readonly failures: readonly Finding[];
  readonly allowed: ReadonlyArray<{ readonly finding: Finding; readonly allowance: Allowance }>;
  /** Allowances for a scanned folder that matched nothing: the code changed, so the entry must go. */
  readonly stale: readonly Allowance[];
}

export function judge(findings: readonly Finding[], allowances: readonly Allowance[], folders: readonly string[]): Verdict {
  const failures: Finding[] = [];
  const allowed: Array<{ finding: Finding; allowance: Allowance }> = [];
  const used = new Set<Allowance>();
  for (const finding of findings) {
    const allowance = allowances.find((a) => a.check === finding.check && a.file === finding.file && finding.code.includes(a.code));
    if (allowance === undefined) failures.push(finding);
    else {
      allowed.push({ finding, allowance });
      used.add(allowance);
    }
  }
  const scanned = (file: string) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`));
  const stale = allowances.filter((a) => !used.has(a) && scanned(a.file));
  return { failures, allowed, stale };
}

interface ScanResult {
  issues: RawIssue[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}
type RunElectronegativity = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function main(folders: readonly string[]): Promise<number> {
  const scanDir = await mkdtemp(join(tmpdir(), 'ispeks-electronegativity-'));
  try {
    for (const folder of folders) {
      const source = resolve(root, folder);
      if (relative(root, source).startsWith('..') || isAbsolute(relative(root, source))) throw new Error(`${folder} is outside the project`);
      await cp(source, join(scanDir, folder), { recursive: true });
    }

    const inline: string[] = [];
    for (const file of await filesUnder(scanDir)) {
      if ((await readFile(file, 'utf8')).includes('eng-disable')) inline.push(relative(scanDir, file));
    }

    const require = createRequire(import.meta.url);
    const electronVersion = (JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
    // The package's main is its runner (the CLI is dist/index.js). Its findings are read from
    // what it returns: its SARIF file is written without being awaited, so it may not exist yet
    // when the run resolves, and only the returned value lists the files it could not parse.
    const run = require('@doyensec/electronegativity') as RunElectronegativity;
    const { issues, errors } = await run(
      {
        input: scanDir,
        isRelative: true,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    const findings = findingsFromIssues(issues);
    const verdict = judge(findings, ALLOWED, folders);
    const unparsed = errors.filter((e) => !e.tolerable);

    console.log(`Electronegativity ${folders.join(', ')} (Electron ${electronVersion}): ${findings.length} finding(s)`);
    for (const { finding, allowance } of verdict.allowed) {
      console.log(`  allowed ${finding.check} ${finding.file}:${finding.line}: ${allowance.reason}`);
    }
    for (const f of verdict.failures) {
      const where = f.file === null ? '(whole app)' : `${f.file}:${f.line}:${f.column}`;
      console.log(`  FAIL    ${f.check} ${where} [${f.severity}]: ${f.message} ${WIKI}${f.check}`);
    }
    for (const a of verdict.stale) console.log(`  FAIL    allowance for ${a.check} in ${a.file} matches nothing: remove it from scripts/electronegativity.ts`);
    for (const e of unparsed) console.log(`  FAIL    could not parse ${relative(scanDir, e.file)}: ${e.message}`);
    for (const file of inline) console.log(`  FAIL    ${file} disables checks inline (eng-disable): add a reasoned entry to ALLOWED instead`);

    const problems = verdict.failures.length + verdict.stale.length + unparsed.length + inline.length;
    console.log(problems === 0 ? 'Electronegativity: no findings outside the allow-list' : `Electronegativity: ${problems} problem(s)`);
    return problems === 0 ? 0 : 1;
  } finally {
    await rm(scanDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folders = process.argv.slice(2);
  process.exit(await main(folders.length > 0 ? folders : DEFAULT_FOLDERS));
}
