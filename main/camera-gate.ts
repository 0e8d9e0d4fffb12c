// The camera, for the QR scan view only. Electron asks the session's permission handlers whenever
// the page wants a device; they answer from here: video only, for the app's own main frame, only
// while the renderer says its scan view is open, and never where IT set `camera: off`.
import { APP_HOST, APP_SCHEME } from './app-protocol.ts';

/** What Electron's permission request handler is told (PermissionRequestHandlerHandlerDetails). */
export interface PermissionRequest {
  readonly requestingUrl?: string;
  readonly isMainFrame?: boolean;
  readonly mediaTypes?: readonly string[];
}

/** What Electron's permission check handler is told (PermissionCheckHandlerHandlerDetails). */
export interface PermissionCheck {
  readonly requestingUrl?: string;
  readonly isMainFrame?: boolean;
  readonly mediaType?: string;
}

export interface CameraGate {
  /** The renderer's scan view opened or closed; answers whether the camera may be used at all. */
  setScanViewOpen(open: boolean): boolean;
  /** For Electron's permission request handler. */
  allowsRequest(permission: string, request: PermissionRequest): boolean;
  /** For Electron's permission check handler. */
  allowsCheck(permission: string, requestingOrigin: string, check: PermissionCheck): boolean;
}

const isAppUrl = (url: string | undefined): boolean =>
  url !== undefined && URL.canParse(url) && new URL(url).protocol === `${APP_SCHEME}:` && new URL(url).host === APP_HOST;

export function createCameraGate(cameraAllowed: boolean): CameraGate {
  let scanViewOpen = false;
  const open = () => cameraAllowed && scanViewOpen;
  return {
    setScanViewOpen: (next) => {
      scanViewOpen = next;
      return cameraAllowed;
    },
    allowsRequest: (permission, { requestingUrl, isMainFrame, mediaTypes = [] }) =>
      permission === 'media' &&
      open() &&
      isMainFrame === true &&
      isAppUrl(requestingUrl) &&
      mediaTypes.length > 0 &&
      mediaTypes.every((type) => type === 'video'),
    allowsCheck: (permission, requestingOrigin, { isMainFrame, mediaType }) =>
      permission === 'media' && open() && isMainFrame !== false && mediaType === 'video' && isAppUrl(requestingOrigin),
  };
}
