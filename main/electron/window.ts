// The kiosk window: sandboxed, isolated, no Node, in an in-memory session, guarded against
// navigation, new windows, shortcuts and permission requests; full screen when it is a kiosk.
import { app, BrowserWindow, type Session } from 'electron';
import { APP_ENTRY_URL } from '../app-protocol.ts';
import type { CameraGate } from '../camera-gate.ts';
import { guardContents } from '../kiosk-guards.ts';

export interface WindowOptions {
  readonly preloadPath: string;
  readonly session: Session;
  readonly devTools: boolean;
  readonly kiosk: boolean;
}

/** Every permission refused, but the camera for the QR scan view while the gate allows it. */
export function lockDownSession(kioskSession: Session, cameraGate: CameraGate): void {
  kioskSession.setPermissionRequestHandler((_contents, permission, callback, details) => callback(cameraGate.allowsRequest(permission, details)));
  kioskSession.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => cameraGate.allowsCheck(permission, requestingOrigin, details));
  kioskSession.setDevicePermissionHandler(() => false);
}

export function createMainWindow({ preloadPath, session, devTools, kiosk }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 800,
    minHeight: 600,
    show: false,
    kiosk,
    fullscreen: kiosk,
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
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click (auxclick) on a link asks for a new window; refuse it in Blink, before the
      // window-open handler has to.
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
  window.setMenu(null);
  guardContents(window.webContents, { kiosk });
  if (kiosk) {
    // A kiosk closes only when the app is told to quit (OS shutdown, IT), not from the counter.
    let quitting = false;
    app.once('before-quit', () => void (quitting = true));
    window.on('close', (event) => {
      if (!quitting) event.preventDefault();
    });
  }
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** A plain window for IT notices: no preload, no bridge, nothing to execute. */
export function createNoticeWindow(dataUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    autoHideMenuBar: true,
    title: 'iSPEKS Activation Kiosk',
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick', devTools: false },
  });
  window.setMenu(null);
  guardContents(window.webContents, { kiosk: false });
  void window.loadURL(dataUrl);
  return window;
}
