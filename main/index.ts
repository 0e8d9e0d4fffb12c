// Composition root of the Electron main process: the only file that wires Electron's modules to
// the plain, tested pieces (config, API client, handlers, IPC, app protocol, deep links, guards).
import { join, resolve } from 'node:path';
import { app, clipboard, ipcMain, net, powerSaveBlocker, protocol, session, shell, type BrowserWindow } from 'electron';
import electronLog from 'electron-log/main';
import { events, ipcEventName } from '../shared/ipc-channels.ts';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './app-protocol.ts';
import { configFilePaths, readConfigFiles } from './config-files.ts';
import type { KioskConfig } from './config-settings.ts';
import { loadConfig } from './config.ts';
import { listenForArgvLinks, listenForOpenUrl } from './deep-link-wiring.ts';
import { registerHandlers } from './ipc.ts';
import { asDataUrl, configurationScreen, crashedScreen } from './it-screen.ts';
import { createKioskServices } from './kiosk-services.ts';
import { createLinkInbox } from './link-inbox.ts';
import { configSources, logCrashes, logIgnoredSettings, startFileLog, type Logger } from './log.ts';
import { createRendererWatchdog } from './renderer-watchdog.ts';
import { createMainWindow, createNoticeWindow, lockDownSession } from './electron/window.ts';

const KIOSK_PARTITION = 'kiosk'; // no `persist:` prefix: the session lives in memory only

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
]);
app.enableSandbox();

// One kiosk per desktop: a second launch (e.g. a clicked link) hands its argv to this one and quits.
if (!app.requestSingleInstanceLock()) app.exit(0);

let kioskWindow: BrowserWindow | null = null;
const focusWindow = () => {
  if (!kioskWindow || kioskWindow.isDestroyed()) return;
  if (kioskWindow.isMinimized()) kioskWindow.restore();
  kioskWindow.show();
  kioskWindow.focus();
};
const linkInbox = createLinkInbox();
listenForOpenUrl(app, linkInbox, focusWindow);

function startKiosk(config: KioskConfig, logger: Logger): void {
  if (!app.isPackaged && process.defaultApp) {
    // Development only: installers register the scheme for packaged builds.
    app.setAsDefaultProtocolClient(config.linkScheme, process.execPath, [resolve(process.argv[1] ?? '.')]);
  }
  listenForArgvLinks(app, linkInbox, config.linkScheme, process.argv, focusWindow);

  const kioskSession = session.fromPartition(KIOSK_PARTITION);
  kioskSession.protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));
  const { handlers, clearTraces, subscribe, cameraGate } = createKioskServices({
    config,
    version: app.getVersion(),
    fetch: (request) => net.fetch(request),
    desktop: {
      openExternal: (url) => shell.openExternal(url),
      readClipboard: () => clipboard.readText(),
      clearClipboard: () => clipboard.clear(),
      clearSessionData: async () => {
        await kioskSession.clearStorageData();
        await kioskSession.clearCache();
      },
    },
    linkInbox,
    logger,
  });
  lockDownSession(kioskSession, cameraGate);
  registerHandlers(ipcMain, handlers);
  for (const event of events) subscribe(event, () => kioskWindow?.webContents.send(ipcEventName(event)));

  const window = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    session: kioskSession,
    devTools: !app.isPackaged,
    kiosk: config.kiosk,
  });
  kioskWindow = window;
  if (config.kiosk) powerSaveBlocker.start('prevent-display-sleep');

  const watchdog = createRendererWatchdog({
    reload: () => void clearTraces([]).finally(() => window.loadURL(APP_ENTRY_URL)),
    terminate: () => window.webContents.forcefullyCrashRenderer(),
    giveUp: () => void window.loadURL(asDataUrl(crashedScreen(app.getPath('logs')))),
    now: () => Date.now(),
    schedule: (run, delayMs) => {
      const timer = setTimeout(run, delayMs);
      return { cancel: () => clearTimeout(timer) };
    },
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    logger.log('error', 'app.renderer-gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason !== 'clean-exit') watchdog.crashed();
  });
  window.on('unresponsive', () => watchdog.unresponsive());
  window.on('responsive', () => watchdog.responsive());
}

app.whenReady().then(async () => {
  const files = await readConfigFiles(configFilePaths(process.platform, process.env, app.getPath('userData'), app.isPackaged));
  // Installed, IT's system-wide file beats the user's file, environment and flags for security settings.
  const result = loadConfig({ env: process.env, argv: process.argv, files, packaged: app.isPackaged });
  // IT's log (electron-log: <logs folder>/main.log, rotated at 1 MB); names of settings, never values.
  const logger = startFileLog(electronLog, result.ok ? result.config.logLevel : 'info');
  logCrashes(process, logger);
  logger.log('info', 'app.start', {
    version: app.getVersion(),
    platform: process.platform,
    config: result.ok ? 'valid' : `invalid:${result.problems.map((problem) => problem.field).join(',')}`,
    ...configSources(process.env, process.argv, [files.system, files.user], app.getPath('home')),
  });
  logIgnoredSettings(logger, result.ignored);
  if (result.ok) startKiosk(result.config, logger);
  else kioskWindow = createNoticeWindow(asDataUrl(configurationScreen(result.problems, result.ignored)));
});

app.on('window-all-closed', () => app.quit());
