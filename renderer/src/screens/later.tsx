// The screens after the start screen and the dialogs of a session come in one chunk, fetched as
// soon as the first screen is painted; `later(name)` is one of them as a component.
import { useEffect, useState } from 'react';
import type { FunctionComponent } from 'react';
import { afterFirstPaint } from '../boot/first-paint.ts';
import type * as LaterScreens from './later-screens.ts';

type Later = Exclude<keyof typeof LaterScreens, symbol>;
type AnyScreen = FunctionComponent<object>;

let loaded: typeof LaterScreens | null = null;

/** The chunk, fetched once the first screen is painted (first-paint.ts). */
export const laterScreens = () =>
  afterFirstPaint()
    .then(() => import('./later-screens.ts'))
    .then((screens) => (loaded = screens));

/**
 * Rendered straight from the chunk once it is in; before that, nothing until it arrives. Not
 * React.lazy: a lazy component suspends on its first render even when its chunk is loaded, and
 * React then keeps the blank fallback for at least 300 ms (measured: each screen's first visit
 * took 300 ms longer than the next, and the IC screen 330 ms after a cold start).
 */
export function later<N extends Later>(name: N): (typeof LaterScreens)[N] {
  function Later(props: object) {
    const [Screen, setScreen] = useState<AnyScreen | null>(() => (loaded?.[name] as AnyScreen | undefined) ?? null);
    useEffect(() => {
      if (!Screen) void laterScreens().then((screens) => setScreen(() => screens[name] as AnyScreen));
    }, [Screen]);
    return Screen ? <Screen {...props} /> : null;
  }
  return Later as unknown as (typeof LaterScreens)[N];
}
