// The screens after the start screen and the dialogs of a session come in one chunk, fetched as
// soon as the first screen is up; `later(name)` is one of them as a lazy component.
import { lazy } from 'react';

export const laterScreens = () => import('./later-screens.ts');
type Later = Exclude<keyof Awaited<ReturnType<typeof laterScreens>>, symbol>;

export const later = <N extends Later>(name: N) => lazy(async () => ({ default: (await laterScreens())[name] }));
