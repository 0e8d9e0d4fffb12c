// What "no trace of the person" means outside the renderer: the clipboard is cleared when it
// still holds the activation link, its token, or anything the person typed.
import { parseActivationLink, type LinkRules } from '../shared/activation-link.ts';

// Shorter values (a "no", a digit) would clear an unrelated clipboard by coincidence.
const MIN_TYPED_LENGTH = 3;

export function clipboardHoldsPersonalData(clipboardText: string, typedValues: readonly string[], linkRules: LinkRules): boolean {
  const text = clipboardText.trim();
  if (text === '') return false;
  if (parseActivationLink(text, linkRules).ok) return true;
  return typedValues.some((value) => value.trim().length >= MIN_TYPED_LENGTH && text.includes(value.trim()));
}

export interface TraceSurfaces {
  readonly readClipboard: () => string | Promise<string>;
  readonly clearClipboard: () => void;
  /** Storage, cache and cookies of the kiosk's in-memory session. */
  readonly clearSessionData: () => Promise<void>;
}

export function createTraceCleaner(surfaces: TraceSurfaces, linkRules: LinkRules) {
  return async (typedValues: readonly string[]): Promise<void> => {
    if (clipboardHoldsPersonalData(await surfaces.readClipboard(), typedValues, linkRules)) surfaces.clearClipboard();
    await surfaces.clearSessionData();
  };
}
