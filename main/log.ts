// Logs for IT: one line per event, `event key=value …`, in a rotating file. Callers pass facts
// (path templates, statuses, codes, durations), never what the person typed or received; the
// guard below is the second line of defence for the values that have a recognisable shape.
import type { NodeLogger } from 'electron-log';
import { FIELDS } from './config-settings.ts';
import type { ConfigFile, IgnoredSetting } from './config.ts';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Readonly<Record<string, LogValue>>;

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
}

export const silentLogger: Logger = { log: () => undefined };

/** electron-log keeps one `.old.log` beside the file, so the logs never take more than twice this. */
export const LOG_FILE_MAX_BYTES = 1024 * 1024;

const REDACTED = '[redacted]';

// Shapes that are personal whatever field they arrive in.
const PERSONAL_SHAPES = [
  /\b(?!file:)[a-z][a-z0-9+.-]*:\/\/[^\s"]+/gi, // a URL (but a stack frame's file://): an activation link carries its token
  /[^\s@"=<>]+@[^\s@"<>]+/g, // an e-mail address
  /[A-Za-z0-9_-]{32,}/g, // a link token
  /(?<!\d)\d{6}[\s-]*\d{2}[\s-]*\d{4}(?!\d)/g, // an IC number, with or without separators
];

// Field names that would only ever hold a personal value.
const PERSONAL_FIELDS = /password|answer|email|e-mail|token|icnumber|^ic$|link|url|^name$|fullname/i;

/** The text with every value of a personal shape replaced. */
export function redact(text: string): string {
  return PERSONAL_SHAPES.reduce((result, shape) => result.replace(shape, REDACTED), text);
}

function formatValue(value: Exclude<LogValue, undefined>): string {
  const text = redact(String(value));
  return /^[^\s"=\\]+$/.test(text) ? text : JSON.stringify(text);
}

/** `event key=value …`; undefined fields are left out, values are redacted and quoted when needed. */
export function formatLine(event: string, fields: LogFields = {}): string {
  const parts = [event];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    parts.push(`${key}=${PERSONAL_FIELDS.test(key) ? REDACTED : formatValue(value)}`);
  }
  return parts.join(' ');
}

export function createLogger(write: (level: LogLevel, line: string) => void): Logger {
  return {
    log(level, event, fields) {
      try {
        write(level, formatLine(event, fields));
      } catch {
        // A full disk or a closed file must not take the kiosk down with it.
      }
    },
  };
}

/**
 * electron-log's file transport at `level`, rotated at LOG_FILE_MAX_BYTES. electron-log/main in the
 * app (the OS's log folder for the app), electron-log/node in tests with `file` in a temp folder.
 */
export function startFileLog(backend: NodeLogger, level: LogLevel, file?: string): Logger {
  backend.transports.file.level = level;
  backend.transports.file.maxSize = LOG_FILE_MAX_BYTES;
  backend.transports.console.level = level;
  if (file !== undefined) backend.transports.file.resolvePathFn = () => file;
  return createLogger((lineLevel, line) => backend[lineLevel](line));
}

/** Crashes of the main process, logged without changing what Node does about them. */
export function logCrashes(
  target: { on(event: 'uncaughtExceptionMonitor', listener: (error: Error, origin: string) => void): unknown },
  logger: Logger,
): void {
  target.on('uncaughtExceptionMonitor', (error, origin) =>
    logger.log('error', 'app.crash', { origin, error: error?.name, message: error?.message, stack: error?.stack?.split('\n')[1]?.trim() }),
  );
}

/**
 * Where the configuration came from, by name only (a setting's value may be an address IT would
 * rather not spread): the files that exist, the home folder shown as `~` (it holds the login name),
 * and the environment variables and flags that were set.
 */
export function configSources(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[],
  files: readonly ConfigFile[],
  home: string,
): LogFields {
  const specs = Object.values(FIELDS);
  const list = (names: string[]) => (names.length > 0 ? names.join(',') : 'none');
  return {
    configFiles: list(files.filter((file) => file.text !== null).map((file) => (home && file.path.startsWith(home) ? `~${file.path.slice(home.length)}` : file.path))),
    configEnv: list(specs.filter((spec) => env[spec.env] !== undefined && env[spec.env] !== '').map((spec) => spec.env)),
    configFlags: list(specs.filter((spec) => argv.some((arg) => arg === spec.flag || arg.startsWith(`${spec.flag}=`))).map((spec) => spec.flag)),
  };
}

/** One warning per setting an installed kiosk did not take: its name, where it came from and why. */
export function logIgnoredSettings(logger: Logger, ignored: readonly IgnoredSetting[]): void {
  for (const { field, source, reason } of ignored) logger.log('warn', 'config.ignored', { setting: field, source, reason });
}
