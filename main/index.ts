// Composition root of the Electron main process: the only file that wires Electron's modules to
// the plain, tested pieces (config, API client, handlers, IPC registration, app protocol).
import { join } from 'node:path';
import { app, clipboard, dialog, ipcMain, net, protocol, session, shell, type BrowserWindow } from 'electron';
import { ipcEventName } from '../shared/ipc-channels.ts';
import { createActivationClient } from './api-client.ts';
import { APP_SCHEME, createAppProtocolHandler } from './app-protocol.ts';
import { loadConfig } from './config.ts';
import { createHandlers } from './handlers.ts';
import { registerHandlers } from './ipc.ts';
import { createLinkInbox } from './link-inbox.ts';
import { createTraceCleaner } from './traces.ts';
import { createMainWindow, lockDownSession } from './electron/window.ts';

const KIOSK_PARTITION = 'kiosk'; // no `persist:` prefix: the session lives in memory only

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
]);
app.enableSandbox();

const configResult = loadConfig(process.env, process.argv);

app.whenReady().then(() => {
  if (!configResult.ok) {
    const lines = configResult.problems.map((p) => `${p.field} (${p.source}) = ${p.value}: ${p.message}`);
    dialog.showErrorBox('iSPEKS kiosk: konfigurasi tidak sah / invalid configuration', lines.join('\n'));
    app.exit(2);
    return;
  }
  const config = configResult.config;
  const client = createActivationClient({
    baseUrl: config.apiBaseUrl,
    fetch: (request) => net.fetch(request),
    timeoutMs: config.requestTimeoutMs,
  });
  const kioskSession = session.fromPartition(KIOSK_PARTITION);
  let kioskWindow: BrowserWindow | null = null;
  const linkInbox = createLinkInbox(() => kioskWindow?.webContents.send(ipcEventName('linkPending')));
  const clearTraces = createTraceCleaner(
    {
      readClipboard: () => clipboard.readText(),
      clearClipboard: () => clipboard.clear(),
      clearSessionData: async () => {
        await kioskSession.clearStorageData();
        await kioskSession.clearCache();
      },
    },
    { scheme: config.linkScheme, allowedHosts: config.allowedLinkHosts },
  );
  registerHandlers(
    ipcMain,
    createHandlers({
      client,
      config,
      version: app.getVersion(),
      openExternal: (url) => shell.openExternal(url),
      linkInbox,
      clearTraces,
    }),
  );
  lockDownSession(kioskSession);
  kioskSession.protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));
  kioskWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    session: kioskSession,
    devTools: !app.isPackaged,
  });
});

app.on('window-all-closed', () => app.quit());
