// Deep links from the OS: taken once the start screen is on the glass, and whenever main says one
// is waiting.
import { useEffect } from 'react';
import { afterFirstPaint } from '../boot/first-paint.ts';
import { useKiosk } from '../store/index.ts';

export function useDeepLinks(): void {
  const listenForLinks = useKiosk((state) => state.listenForLinks);
  const receivePendingLink = useKiosk((state) => state.receivePendingLink);
  useEffect(() => {
    const stop = listenForLinks();
    void afterFirstPaint().then(() => receivePendingLink());
    return stop;
  }, [listenForLinks, receivePendingLink]);
}
