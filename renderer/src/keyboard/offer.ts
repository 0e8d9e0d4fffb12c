// Whether the on-screen keyboard is on offer to the person, by IT's mode and how they point: the one
// rule the keyboard itself and the link field's hint (which names its Tampal key) share.
import type { OnScreenKeyboardMode } from '../../../shared/ipc-contract.ts';
import { useKiosk } from '../store/index.ts';
import { useTouching } from './physical-keyboard.ts';

export function useKeyboardMode(): OnScreenKeyboardMode {
  return useKiosk((state) => state.appInfo?.onScreenKeyboard ?? 'auto');
}

/** To a finger or pen in auto mode, and always on a touch-only kiosk; never to a mouse, nor where IT turned it off. */
export function useKeyboardOffered(): boolean {
  const mode = useKeyboardMode();
  const touching = useTouching();
  return mode === 'always' || (mode === 'auto' && touching);
}
