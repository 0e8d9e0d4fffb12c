// How the person is typing and pointing: whether a physical keyboard has been used since the kiosk
// started (any real key press; the on-screen keyboard types without key events), and whether the
// last press on the screen was a finger or a pen. Only these two facts are kept, never a key.
import { useSyncExternalStore } from 'react';

let keyboardUsed = false;
let touching = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

window.addEventListener(
  'keydown',
  (event) => {
    if (keyboardUsed || !event.isTrusted) return;
    keyboardUsed = true;
    notify();
  },
  { capture: true },
);

window.addEventListener(
  'pointerdown',
  (event) => {
    const touch = event.pointerType === 'touch' || event.pointerType === 'pen';
    if (touch === touching) return;
    touching = touch;
    notify();
  },
  { capture: true },
);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function usePhysicalKeyboardUsed(): boolean {
  return useSyncExternalStore(subscribe, () => keyboardUsed);
}

/** Whether the last press on the screen was a finger or a pen (not a mouse). */
export function useTouching(): boolean {
  return useSyncExternalStore(subscribe, () => touching);
}
