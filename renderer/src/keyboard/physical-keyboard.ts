// Whether a physical keyboard has been used since the kiosk started: any real key press says so
// (the on-screen keyboard types without key events). Only the fact is kept, never the key.
import { useSyncExternalStore } from 'react';

let used = false;
const listeners = new Set<() => void>();

function onKeyDown(event: KeyboardEvent): void {
  if (used || !event.isTrusted) return;
  used = true;
  for (const listener of listeners) listener();
}

window.addEventListener('keydown', onKeyDown, { capture: true });

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function usePhysicalKeyboardUsed(): boolean {
  return useSyncExternalStore(subscribe, () => used);
}
