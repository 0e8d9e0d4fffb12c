// The ways in this kiosk offers, as big buttons, each with a line on what it asks of the person.
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useKiosk } from '../../store/index.ts';
import type { LinkWay } from '../../store/types.ts';

// Drawn, not taken from a font: a kiosk's fonts may have no glyph for these symbols.
const ICONS: Readonly<Record<LinkWay, ReactNode>> = {
  scan: (
    <svg viewBox="0 0 24 24" focusable="false">
      <path d="M3 8V3h5M16 3h5v5M21 16v5h-5M8 21H3v-5" />
      <path d="M8 8h3v3H8zM13 13h3v3h-3zM13 8h3M8 16h3" />
    </svg>
  ),
  code: (
    <svg viewBox="0 0 24 24" focusable="false">
      <rect x="2" y="6" width="20" height="12" rx="2" />
      <path d="M6 10h1M10 10h1M14 10h1M18 10h0M7 14h10" />
    </svg>
  ),
  paste: (
    <svg viewBox="0 0 24 24" focusable="false">
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 4V2h6v2M9 10h6M9 14h6M9 18h4" />
    </svg>
  ),
};

export function WayChoice({ ways }: { readonly ways: readonly LinkWay[] }) {
  const text = useT();
  const chooseLinkWay = useKiosk((state) => state.chooseLinkWay);
  const setLinkInput = useKiosk((state) => state.setLinkInput);
  // Ctrl+V before choosing is a choice too: the copied link goes into the paste view's box.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const pasted = event.clipboardData?.getData('text') ?? '';
      if (pasted.trim() === '') return;
      event.preventDefault();
      setLinkInput(pasted);
      chooseLinkWay('paste');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [chooseLinkWay, setLinkInput]);
  const hints: Readonly<Record<LinkWay, string>> = { scan: text.ways.scanHint, code: text.ways.codeHint, paste: text.ways.pasteHint };
  return (
    <section aria-labelledby="ways-choose">
      <p id="ways-choose" className="lead">
        {text.ways.choose}
      </p>
      <ul className="ways">
        {ways.map((way) => (
          <li key={way}>
            <button type="button" className="way" aria-describedby={`way-${way}-hint`} onClick={() => chooseLinkWay(way)}>
              <span className="way-icon" aria-hidden="true">
                {ICONS[way]}
              </span>
              <span className="way-name">{text.ways[way]}</span>
              <span id={`way-${way}-hint`} className="way-hint">
                {hints[way]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
