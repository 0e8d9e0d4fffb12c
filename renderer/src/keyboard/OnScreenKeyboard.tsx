// The on-screen keyboard for touch kiosks: a numeric pad for the IC number, a full keyboard with a
// symbols layer for answers and passwords, and a paste key for the link. It writes straight into
// the focused field, as typing would, and keeps nothing: no buffer, no history, no log.
import { useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';
import { backspace, insert, layoutFor } from './keys.ts';
import type { Edit, FieldText, Key, KeyboardKind, Layer } from './keys.ts';
import { useKeyboardMode, useKeyboardOffered } from './offer.ts';
import { forgetPhysicalKeyboard, usePhysicalKeyboardUsed } from './physical-keyboard.ts';

type Field = HTMLInputElement | HTMLTextAreaElement;

function kindOf(element: Element | null): KeyboardKind | null {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return null;
  const kind = element.dataset['keyboard'];
  return kind === 'numeric' || kind === 'text' || kind === 'link' || kind === 'code' ? kind : null;
}

// React tracks a field's value through its own setter; the prototype's setter goes around it, so
// the input event below reaches onChange as a real edit.
const setNativeValue = (field: Field, value: string) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')!.set!.call(field, value);

/** Changes the field the way typing does, so React's onChange (and nothing else) sees it. */
function apply(field: Field, edit: (text: FieldText) => Edit): void {
  const end = field.value.length;
  const { value, caret } = edit({ value: field.value, selectionStart: field.selectionStart ?? end, selectionEnd: field.selectionEnd ?? end, maxLength: field.maxLength });
  setNativeValue(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.setSelectionRange(caret, caret);
}

/**
 * Scrolls the page so the field, and its form's action (Hantar, Seterusnya) if both fit, stand
 * above the keyboard. The browser scrolled to the field on focus, before the keyboard was there.
 */
function revealAbove(field: Field, keyboardHeight: number): void {
  const visibleBottom = window.innerHeight - keyboardHeight - 16;
  const fieldBox = field.getBoundingClientRect();
  const actionBox = field.form?.querySelector('.actions')?.getBoundingClientRect();
  const fitsWithAction = actionBox !== undefined && actionBox.bottom - fieldBox.top <= visibleBottom - 16;
  const bottom = fitsWithAction ? actionBox.bottom : fieldBox.bottom;
  if (bottom > visibleBottom) window.scrollBy({ top: bottom - visibleBottom, behavior: 'instant' });
  else if (fieldBox.top < 0) window.scrollBy({ top: fieldBox.top - 16, behavior: 'instant' });
}

// Taps on keys must not take focus (and the caret) away from the field.
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The field the keyboard types into: the last one focused that asks for a keyboard. It stays while
 * focus visits a button (Hantar, Tunjuk Kata Laluan), so the page does not jump under a finger on
 * its way to that button; it goes when another field takes focus or the step changes.
 */
function useKeyboardField(): Field | null {
  const [field, setField] = useState<Field | null>(null);
  const step = useKiosk((state) => state.wizard.step);
  useEffect(() => {
    const focused = document.activeElement;
    setField(kindOf(focused) ? (focused as Field) : null);
    const follow = (event: FocusEvent) => {
      const target = event.target as Element;
      if (kindOf(target)) setField(target as Field);
      else if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) setField(null);
    };
    document.addEventListener('focusin', follow);
    return () => document.removeEventListener('focusin', follow);
  }, [step]);
  return field?.isConnected ? field : null;
}

export function OnScreenKeyboard() {
  const text = useT();
  const mode = useKeyboardMode();
  const offered = useKeyboardOffered();
  const field = useKeyboardField();
  const physical = usePhysicalKeyboardUsed();
  // The person's own choice against what the mode wants: Sembunyi hides it, Tunjuk brings it back.
  const [overridden, setOverridden] = useState(false);
  const [layer, setLayer] = useState<Layer>('letters');
  const [pasteFailed, setPasteFailed] = useState(false);
  const pasteLink = useKiosk((state) => state.pasteLink);
  const panel = useRef<HTMLDivElement>(null);
  const kind = kindOf(field);
  // One keyboard per session (App keys it by session), so each person starts afresh: a physical
  // keyboard used, or the keyboard hidden, by the one before them does not carry over.
  useEffect(() => forgetPhysicalKeyboard(), []);

  // auto: offered to a finger, and wanted until a physical keyboard is used in this session.
  const wanted = offered && (mode === 'always' || !physical);
  const shown = kind !== null && mode !== 'never' && wanted !== overridden;
  const offerable = offered || overridden;

  // The page keeps room for the keyboard, so a focused field scrolls above it, never under it.
  useEffect(() => {
    const root = document.documentElement;
    const element = panel.current;
    if (!shown || !element || !field) return;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--osk-height', `${element.offsetHeight}px`);
      if (getComputedStyle(element).position === 'sticky') revealAbove(field, element.offsetHeight);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--osk-height');
    };
  }, [shown, field]);

  useEffect(() => {
    setLayer('letters');
    setPasteFailed(false);
  }, [field]);

  if (kind === null || mode === 'never' || (!shown && !offerable)) return null;
  if (!shown) {
    return (
      <div className="osk-reopen">
        <button type="button" className="button button-quiet" tabIndex={-1} onMouseDown={keepFocus} onClick={() => setOverridden(!overridden)}>
          {text.keyboard.show}
        </button>
      </div>
    );
  }

  const press = async (key: Key) => {
    if (!field) return;
    if (document.activeElement !== field) field.focus();
    switch (key.kind) {
      case 'char':
        apply(field, (current) => insert(current, key.char));
        if (layer === 'shifted') setLayer('letters');
        return;
      case 'space':
        return apply(field, (current) => insert(current, ' '));
      case 'backspace':
        return apply(field, backspace);
      case 'clear':
        return apply(field, () => ({ value: '', caret: 0 }));
      case 'shift':
        return setLayer(layer === 'shifted' ? 'letters' : 'shifted');
      case 'symbols':
        return setLayer('symbols');
      case 'letters':
        return setLayer('letters');
      case 'hide':
        return setOverridden(!overridden);
      case 'paste': {
        // Main reads the clipboard and hands over only an activation link, nothing else it holds.
        const link = await pasteLink();
        setPasteFailed(link === null);
        if (link !== null) apply(field, (current) => insert({ ...current, selectionStart: 0, selectionEnd: current.value.length }, link));
        return;
      }
    }
  };

  const label = (key: Key): string => (key.kind === 'char' ? key.char : text.keyboard.keys[key.kind]);
  return (
    <div ref={panel} className={`osk osk-${kind}`} role="group" aria-label={text.keyboard.label} onMouseDown={keepFocus}>
      {pasteFailed && (
        <p className="osk-message" role="status">
          {text.keyboard.pasteFailed}
        </p>
      )}
      {layoutFor(kind, layer).map((row, index) => (
        <div key={index} className="osk-row">
          {row.map((key, position) => (
            <button
              key={`${index}-${position}`}
              type="button"
              tabIndex={-1}
              className={`osk-key osk-key-${key.kind}`}
              aria-pressed={key.kind === 'shift' ? layer === 'shifted' : undefined}
              onClick={() => void press(key)}
            >
              {label(key)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
