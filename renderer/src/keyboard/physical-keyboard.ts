// How the person is typing and pointing: whether a physical keyboard has been used in this session
// (any real key press; the on-screen keyboard types without key events), and whether the last press
// on the screen was a finger or a pen. Only these two facts are kept, never a key.
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

/**
 * A new person at the kiosk: that the one before them (or the counter staff) typed on a physical
 * keyboard says nothing about them, so auto mode offers the keyboard to their finger again.
 */
export function forgetPhysicalKeyboard(): void {
  if (!keyboardUsed) return;
  keyboardUsed = false;
  notify();
}

// The prerendered start screen (scripts/prerender.ts) was drawn before anyone pressed anything.
const notYet = () => false;

export function usePhysicalKeyboardUsed(): boolean {
  return useSyncExternalStore(subscribe, () => keyboardUsed, notYet);
}

/** Whether the last press on the screen was a finger or a pen (not a mouse). */
export function useTouching(): boolean {
  return useSyncExternalStore(subscribe, () => touching, notYet);
}
