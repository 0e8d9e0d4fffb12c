// Which ways in the link step offers: the camera's only where IT allows it and a camera is there,
// the short code's only where the service offers its exchange, the paste always.
import { useEffect, useState } from 'react';
import { useKiosk } from '../../store/index.ts';
import type { LinkWay } from '../../store/types.ts';

/** Whether the machine has a camera, as the browser sees it now (it may be plugged in or out). */
function useCameraPresent(): boolean {
  const [present, setPresent] = useState(false);
  useEffect(() => {
    const devices = navigator.mediaDevices;
    if (!devices) return;
    let mounted = true;
    const look = () =>
      void devices.enumerateDevices().then(
        (found) => mounted && setPresent(found.some((device) => device.kind === 'videoinput')),
        () => mounted && setPresent(false),
      );
    look();
    devices.addEventListener('devicechange', look);
    return () => {
      mounted = false;
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
