// Deep links reach main before the renderer can take them (a cold start's argv, macOS open-url
// before `ready`, a second instance's argv). The inbox keeps only the newest until the renderer asks.
import { MAX_LINK_INPUT_LENGTH } from '../shared/activation-link.ts';

export interface LinkInbox {
  /** Keeps the link (the newest wins) and tells whoever listens that one is waiting. */
  offer(link: string): void;
  /** The waiting link, once. */
  take(): string | null;
  /** Calls `listener` each time a link arrives (it carries nothing: the renderer takes the link); returns the unsubscribe. */
  onPending(listener: () => void): () => void;
}

export function createLinkInbox(): LinkInbox {
  let pending: string | null = null;
  const listeners = new Set<() => void>();
  return {
    offer(link) {
      pending = link.slice(0, MAX_LINK_INPUT_LENGTH + 1);
      for (const listener of listeners) listener();
    },
    take() {
      const link = pending;
      pending = null;
      return link;
    },
    onPending(listener) {
      const own = () => listener();
      listeners.add(own);
      return () => void listeners.delete(own);
    },
  };
}

/**
 * The deep link among a process's arguments (Windows and Linux pass it in argv, on a cold start
 * and in `second-instance`). Only an argument that starts with `<scheme>:` counts; Chromium
 * switches and the app path are ignored. The link is parsed later, like a paste.
 */
export function findDeepLink(argv: readonly string[], scheme: string): string | null {
  const prefix = `${scheme.toLowerCase()}:`;
  const links = argv.filter((arg) => arg.toLowerCase().startsWith(prefix));
  return links.at(-1) ?? null;
}
