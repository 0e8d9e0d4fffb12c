// `npm run package:check`: packages the built app offline the way IT's installers are built and
// checks what they would ship. The Electron binary cannot be downloaded here, so electron-builder
// gets a stub Electron (a file holding a fuse wire) as electronDist; the deb target runs up to the
// point where it would call fpm (another download), which is where electron-builder has already
// rendered the .desktop file the deb installs. The check is pure where it can be, and tested.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import Ajv from 'ajv';
import { getConfig } from 'app-builder-lib/out/util/config/load.js';
import { build, LinuxPackager, Platform, type AfterPackContext, type Configuration } from 'electron-builder';
import { loadConfig } from '../main/config.ts';

const root = resolve(import.meta.dirname, '..');

/** Electron's fuse sentinel (@electron/fuses): the wire follows it as version, length, states. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
const FUSE_WIRE_LENGTH = 8;
const FUSE_ON = '1'.charCodeAt(0);
const FUSE_OFF = '0'.charCodeAt(0);

/** The fuses every build must flip (docs/security.md), at their index in Electron's fuse wire (FuseV1Options). */
export const REQUIRED_FUSES = [
  { name: 'runAsNode', index: 0, on: false },
  { name: 'enableCookieEncryption', index: 1, on: true },
  { name: 'enableNodeOptionsEnvironmentVariable', index: 2, on: false },
  { name: 'enableNodeCliInspectArguments', index: 3, on: false },
  { name: 'enableEmbeddedAsarIntegrityValidation', index: 4, on: true },
  { name: 'onlyLoadAppFromAsar', index: 5, on: true },
  { name: 'grantFileProtocolExtraPrivileges', index: 7, on: false },
] as const;

/**
 * A stand-in Electron executable: a shell script carrying a fuse wire whose every required fuse
 * starts in the state the kiosk must not ship, so only electron-builder flipping it passes.
 */
export function stubElectron(): Buffer {
  const states = Array.from({ length: FUSE_WIRE_LENGTH }, (_, index) => {
    const fuse = REQUIRED_FUSES.find((f) => f.index === index);
    return fuse === undefined || fuse.on ? FUSE_OFF : FUSE_ON;
  });
  return Buffer.concat([
    Buffer.from(`#!/bin/sh\n# stub Electron for npm run package:check\nexit 1\n# ${FUSE_SENTINEL}`),
    Buffer.from([FUSE_WIRE_VERSION, FUSE_WIRE_LENGTH, ...states]),
    Buffer.from('\n'),
  ]);
}

export function fuseProblems(binary: Buffer): string[] {
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at === -1) return ['the packaged executable carries no fuse wire'];
  const wire = at + FUSE_SENTINEL.length + 2;
  return REQUIRED_FUSES.filter((fuse) => binary[wire + fuse.index] !== (fuse.on ? FUSE_ON : FUSE_OFF)).map(
    (fuse) => `fuse ${fuse.name} is ${fuse.on ? 'off' : 'on'} in the packaged executable; set electronFuses.${fuse.name}: ${fuse.on}`,
  );
}

/** Problems electron-builder's own JSON schema (app-builder-lib/scheme.json) finds in a config. */
export function schemaProblems(config: unknown): string[] {
  const schemaPath = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  // strict: false as electron-builder itself does: the schema uses the non-standard `typeof` keyword.
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validate(config)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.keyword === 'additionalProperties' ? `: ${JSON.stringify(e.params)}` : ''}`);
}

/** The top-level `protocols` reaches every platform; a `linux.protocols` or `mac.protocols` entry only one. */
export function protocolProblems(config: Configuration, scheme: string): string[] {
  const protocols = [config.protocols ?? []].flat();
  return protocols.some((p) => [p.schemes].flat().includes(scheme))
    ? []
    : [`protocols (top level) does not list the scheme "${scheme}", so no installer would register it`];
}

/** The NSIS include must write and remove HKLM\Software\Classes\<scheme> as a URL protocol. */
export function installerScriptProblems(nsh: string, scheme: string): string[] {
  const problems: string[] = [];
  const macro = (name: string) => new RegExp(`!macro ${name}\\b([\\s\\S]*?)!macroend`).exec(nsh)?.[1] ?? '';
  const define = /!define ISPEKS_URL_SCHEME "([^"]*)"/.exec(nsh)?.[1];
  if (define !== scheme) problems.push(`installer.nsh registers the scheme "${define ?? '(none)'}", not "${scheme}"`);
  const key = 'Software\\Classes\\${ISPEKS_URL_SCHEME}';
  const install = macro('customInstall');
  const writes = [
    `WriteRegStr SHCTX "${key}" "URL Protocol" ""`,
    `WriteRegStr SHCTX "${key}\\DefaultIcon" "" "$INSTDIR\\\${APP_EXECUTABLE_FILENAME},0"`,
    `WriteRegStr SHCTX "${key}\\shell\\open\\command" "" '"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" "%1"'`,
  ];
  for (const line of writes) if (!install.includes(line)) problems.push(`customInstall lacks: ${line}`);
  const removal = `DeleteRegKey SHCTX "${key}"`;
  if (!macro('customUnInstall').includes(removal)) problems.push(`customUnInstall lacks: ${removal}`);
  return problems;
}

/** The deb's desktop entry must hand ispeks:// links to the app as an argument. */
export function desktopEntryProblems(entry: string, scheme: string): string[] {
  const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(entry)?.[1];
  const problems: string[] = [];
  if (!(value('MimeType') ?? '').split(';').includes(`x-scheme-handler/${scheme}`)) {
    problems.push(`MimeType does not declare x-scheme-handler/${scheme}: ${value('MimeType') ?? '(absent)'}`);
  }
  if (!/ %[uU]$/.test(value('Exec') ?? '')) problems.push(`Exec does not pass the link (%U): ${value('Exec') ?? '(absent)'}`);
  return problems;
}

/**
 * The asar must hold the built app and nothing else: every file of out/ but source maps, and
 * package.json with its main inside; no source, tests, server, scripts or node_modules.
 */
export function asarProblems(entries: readonly string[], read: (path: string) => string, built: readonly string[]): string[] {
  const files = new Set(entries.map((entry) => entry.replaceAll('\\', '/').replace(/^\//, '')));
  const problems: string[] = [];
  for (const required of ['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!files.has(required)) problems.push(`missing ${required}`);
  }
  // Lazily loaded renderer chunks are named by no HTML: compare with what electron-vite built.
  const dropped = built.filter((file) => !file.endsWith('.map') && !files.has(file));
  if (dropped.length > 0) problems.push(`built but not packaged: ${dropped.join(', ')}`);
  const stray = [...files].filter((f) => !(f === 'package.json' || f === 'out' || f.startsWith('out/')) || /\.(ts|tsx|map)$/.test(f));
  if (stray.length > 0) problems.push(`files that must not ship (only out/** and package.json belong): ${stray.join(', ')}`);
  if (files.has('package.json')) {
    const pkg = JSON.parse(read('package.json')) as { main?: string; type?: string };
    if (pkg.main === undefined || !files.has(pkg.main)) problems.push(`package.json main (${pkg.main ?? 'unset'}) is not in the asar`);
    // out/main/index.js is an ES module: without "type": "module" Electron could not load it.
    if (pkg.type !== 'module') problems.push('package.json lost "type": "module"');
  }
  if (files.has('out/renderer/index.html')) {
    const html = read('out/renderer/index.html');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => `out/renderer/${m[1]}`);
    if (assets.length === 0) problems.push('out/renderer/index.html references no assets/ files');
    for (const asset of assets) if (!files.has(asset)) problems.push(`index.html references ${asset}, which is not in the asar`);
  }
  return problems;
}

interface Packaged {
  readonly appOutDir: string;
  readonly executable: string;
  readonly desktopEntry: string;
  readonly desktopInstallPath: string;
  readonly afterInstall: string;
}

/** Runs electron-builder's deb target offline, stopping where it would call fpm. */
async function packageOffline(workDir: string): Promise<Packaged> {
  const electronDist = join(workDir, 'electron-dist');
  await mkdir(electronDist);
  await writeFile(join(electronDist, 'electron'), stubElectron(), { mode: 0o755 });
  let packed: { appOutDir: string; executable: string } | undefined;
  let deb: { desktopEntry: string; desktopInstallPath: string; afterInstall: string } | undefined;
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('deb'),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: join(workDir, 'dist') },
      afterPack: async (context: AfterPackContext) => {
        if (context.packager instanceof LinuxPackager) {
          packed = { appOutDir: context.appOutDir, executable: join(context.appOutDir, context.packager.executableName) };
        }
      },
    },
    // electron-builder's hook for inspecting an fpm target: it gets fpm's arguments and the
    // rendered .desktop file; answering true skips fpm, which would have to be downloaded.
    effectiveOptionComputed: async (computed: unknown) => {
      if (!Array.isArray(computed) || !Array.isArray(computed[0]) || typeof computed[1] !== 'string') return false;
      const args = computed[0] as string[];
      const desktopFile = computed[1];
      const mapping = args.find((arg) => arg.startsWith(`${desktopFile}=`));
      const afterInstall = args[args.indexOf('--after-install') + 1];
      deb = {
        desktopEntry: await readFile(desktopFile, 'utf8'),
        desktopInstallPath: mapping?.slice(desktopFile.length + 1) ?? '(not installed)',
        afterInstall: afterInstall === undefined ? '' : await readFile(afterInstall, 'utf8'),
      };
      return true;
    },
  });
  if (packed === undefined || deb === undefined) throw new Error('electron-builder finished without packing the Linux app or reaching the deb step');
  return { ...packed, ...deb };
}

async function main(): Promise<number> {
  const started = Date.now();
  const failures: string[] = [];
  const report = (what: string, problems: readonly string[]) => {
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${what}`);
    for (const problem of problems) console.log(`       ${problem}`);
    failures.push(...problems.map((problem) => `${what}: ${problem}`));
  };

  const defaults = loadConfig({ env: {}, argv: [] });
  if (!defaults.ok) throw new Error('the kiosk has no valid default configuration');
  const scheme = defaults.config.linkScheme;
  const loaded = await getConfig<Configuration>({ packageKey: 'build', configFilename: 'electron-builder', projectDir: root, packageMetadata: null }, 'electron-builder.yml');
  const config = loaded?.result;
  if (config === undefined) throw new Error('electron-builder.yml could not be read');

  report('electron-builder.yml matches electron-builder 26 schema (app-builder-lib/scheme.json)', schemaProblems(config));
  report(`protocols registers ${scheme}:// (macOS Info.plist and the Linux .desktop file)`, protocolProblems(config, scheme));
  const nsisInclude = config.nsis?.include;
  report(
    `NSIS include (${nsisInclude ?? 'unset'}) writes HKLM\\Software\\Classes\\${scheme} (URL Protocol, DefaultIcon, shell\\open\\command) and removes it on uninstall`,
    nsisInclude == null ? ['nsis.include is not set'] : installerScriptProblems(await readFile(resolve(root, nsisInclude), 'utf8'), scheme),
  );
  const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].filter((file) => !existsSync(join(root, file)));
  report('the app is built (out/)', built.length === 0 ? [] : [`missing ${built.join(', ')}: run npx electron-vite build first`]);
  if (failures.length > 0) return fail(failures);

  const builtFiles = (await readdir(join(root, 'out'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(join(root, 'out'), join(entry.parentPath, entry.name)));
  const workDir = await mkdtemp(join(tmpdir(), 'ispeks-package-check-'));
  try {
    const packaged = await packageOffline(workDir).catch((error: unknown) => {
      report('electron-builder packages the app offline (deb target, stub Electron)', [error instanceof Error ? error.message : String(error)]);
      return undefined;
    });
    if (packaged === undefined) return fail(failures);
    const asar = join(packaged.appOutDir, 'resources', 'app.asar');
    report(
      `app.asar holds all ${builtFiles.length} built files of out/ (main/index.js, preload/index.cjs, renderer/index.html and its assets), package.json (main, type) and nothing else: no .ts/.tsx/.map, test/, server/, scripts/, node_modules/`,
      asarProblems(
        listPackage(asar, { isPack: false }),
        (path) => extractFile(asar, path).toString('utf8'),
        builtFiles.map((file) => `out/${file.replaceAll('\\', '/')}`),
      ),
    );
    report(`fuses flipped in the packaged executable: ${REQUIRED_FUSES.map((f) => `${f.name}=${f.on}`).join(', ')}`, fuseProblems(await readFile(packaged.executable)));
    report(`deb's .desktop file declares x-scheme-handler/${scheme} and passes the link (%U)`, desktopEntryProblems(packaged.desktopEntry, scheme));
    report('deb installs it into /usr/share/applications and its after-install script runs update-desktop-database', [
      ...(packaged.desktopInstallPath.startsWith('/usr/share/applications/') ? [] : [`installed at ${packaged.desktopInstallPath}`]),
      ...(packaged.afterInstall.includes('update-desktop-database') ? [] : ['after-install does not run update-desktop-database']),
    ]);
    console.log(`\nThe deb's ${packaged.desktopInstallPath}:\n${packaged.desktopEntry}`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  if (failures.length > 0) return fail(failures);
  console.log(`package:check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

function fail(failures: readonly string[]): number {
  console.error(`\npackage:check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  return 1;
}

// Exit explicitly: electron-builder's temp-file cleanup (async-exit-hook) turns beforeExit into
// process.exit(0), which would hide a failure set through process.exitCode.
if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main());
