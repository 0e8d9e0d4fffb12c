// The later screens' chunk (screens/later.ts), fetched once the start screen is on the glass so it
// never competes with it. Until it is in, App shows nothing for a later step: a few milliseconds
// from disk, and nobody has reached one by then.
import { useEffect, useState } from 'react';
import { afterFirstPaint } from '../boot/first-paint.ts';
import type * as Later from '../screens/later.ts';

export type LaterScreens = typeof Later;

/** The chunk once loaded; `failed` if it could not be (a broken installation: the screen says so). */
export function useLaterScreens(): LaterScreens | 'failed' | null {
  const [screens, setScreens] = useState<LaterScreens | 'failed' | null>(null);
  useEffect(() => {
    let mounted = true;
    afterFirstPaint()
      .then(() => import('../screens/later.ts'))
      .then(
        (loaded) => mounted && setScreens(loaded),
        () => mounted && setScreens('failed'),
      );
    return () => {
      mounted = false;
    };
  }, []);
  return screens;
}
