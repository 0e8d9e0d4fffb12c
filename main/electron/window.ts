// The kiosk window: sandboxed, isolated, no Node, in an in-memory session, unable to navigate
// away, open windows or be granted any permission.
import { BrowserWindow, type Session } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN } from '../app-protocol.ts';

export interface WindowOptions {
  readonly preloadPath: string;
  readonly session: Session;
  readonly devTools: boolean;
}

export function lockDownSession(kioskSession: Session): void {
  kioskSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  kioskSession.setPermissionCheckHandler(() => false);
}

export function createMainWindow({ preloadPath, session, devTools }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 800,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#f8fafc',
    title: 'Pengaktifan Akaun iSPEKS',
    webPreferences: {
      preload: preloadPath,
      session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools,
    },
  });
  window.setMenu(null);
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
