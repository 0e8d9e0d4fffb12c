// How each OS hands the kiosk an `ispeks://` link (see also link-inbox.ts):
// - Windows, Linux: in argv — of the first launch (cold), or of a second launch that Electron
//   turns into `second-instance` on the running one (warm; requestSingleInstanceLock).
// - macOS: the `open-url` event, cold or warm, possibly before `ready`: listen at the top level.
// Every link goes into the inbox, is never loaded as a URL, and the window comes to the front.
import type { App } from 'electron';
import { findDeepLink, type LinkInbox } from './link-inbox.ts';

export type DeepLinkApp = Pick<App, 'on'>;

/** Registered at the top level of main, before `ready`, when the scheme is not yet known. */
export function listenForOpenUrl(app: DeepLinkApp, inbox: LinkInbox, focus: () => void): void {
  app.on('open-url', (event, url) => {
    event.preventDefault();
    inbox.offer(url);
    focus();
  });
}

/** Once the configuration (and so the scheme) is known: the cold start's argv, then every second instance. */
export function listenForArgvLinks(app: DeepLinkApp, inbox: LinkInbox, scheme: string, argv: readonly string[], focus: () => void): void {
  const cold = findDeepLink(argv, scheme);
  if (cold !== null) inbox.offer(cold);
  app.on('second-instance', (_event, secondArgv) => {
    const link = findDeepLink(secondArgv, scheme);
    if (link !== null) inbox.offer(link);
    focus();
  });
}
