// Deep links from the OS: taken at start-up and whenever main says one is waiting.
import { useEffect } from 'react';
import { bridge } from '../store/bridge.ts';
import { afterFirstPaint } from '../boot/first-paint.ts';
import { useKiosk } from '../store/index.ts';

export function useDeepLinks(): void {
  const receivePendingLink = useKiosk((state) => state.receivePendingLink);
  useEffect(() => {
    const stop = bridge.onLinkPending(() => void receivePendingLink());
    void afterFirstPaint().then(() => receivePendingLink());
    return stop;
  }, [receivePendingLink]);
}
