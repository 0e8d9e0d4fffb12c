// Which ways in the link step offers: the camera's only where IT allows it and a camera is there,
// the short code's only where the service offers its exchange, the paste always.
import { useEffect, useState } from 'react';
import { useKiosk } from '../../store/index.ts';
import type { LinkWay } from '../../store/types.ts';

/** How often to look again while no camera is seen. */
const CAMERA_LOOK_INTERVAL_MS = 1000;

/**
 * Whether the machine has a camera, as the browser sees it now (it may be plugged in or out). Chromium
 * can list no camera in the first moments after it starts, and then never says "devicechange" when it
 * does, so while none is seen the list is read again every second.
 */
function useCameraPresent(): boolean {
  const [present, setPresent] = useState(false);
  useEffect(() => {
    const devices = navigator.mediaDevices;
    if (!devices) return;
    let mounted = true;
    let timer = 0;
    const look = () => {
      window.clearTimeout(timer);
      void devices.enumerateDevices().then(
        (found) => {
          if (!mounted) return;
          const camera = found.some((device) => device.kind === 'videoinput');
          setPresent(camera);
          if (!camera) timer = window.setTimeout(look, CAMERA_LOOK_INTERVAL_MS);
        },
        () => mounted && setPresent(false),
      );
    };
    look();
    devices.addEventListener('devicechange', look);
    return () => {
      mounted = false;
      window.clearTimeout(timer);
      devices.removeEventListener('devicechange', look);
    };
  }, []);
  return present;
}

export function useOfferedWays(): readonly LinkWay[] {
  const cameraAllowed = useKiosk((state) => state.appInfo !== null && state.appInfo.camera !== 'off');
  const codeExchange = useKiosk((state) => state.codeExchange);
  const cameraPresent = useCameraPresent();
  return [...(cameraAllowed && cameraPresent ? (['scan'] as const) : []), ...(codeExchange ? (['code'] as const) : []), 'paste'];
}
