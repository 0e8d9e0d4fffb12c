// WCAG 2.2.1 for a shared kiosk: after a quiet spell, ask "still there?" with a countdown; any
// input continues exactly where the person was, silence wipes every trace and goes to the start.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

export function IdleGuard() {
  const text = useT();
  const appInfo = useKiosk((state) => state.appInfo);
  const inFlow = useKiosk((state) => state.wizard.step !== 'start');
  const endIdleSession = useKiosk((state) => state.endIdleSession);
  const [warningEndsAt, setWarningEndsAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const focusBefore = useRef<HTMLElement | null>(null);
  const idleMs = (appInfo?.idleSeconds ?? 0) * 1000;
  const warningMs = (appInfo?.idleWarningSeconds ?? 0) * 1000;

  useEffect(() => {
    if (!inFlow || idleMs === 0) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      setWarningEndsAt(null);
      timer = window.setTimeout(() => {
        focusBefore.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setNow(Date.now());
        setWarningEndsAt(Date.now() + warningMs);
      }, idleMs);
    };
    for (const type of INPUT_EVENTS) document.addEventListener(type, arm, { capture: true, passive: true });
    arm();
    return () => {
      window.clearTimeout(timer);
      for (const type of INPUT_EVENTS) document.removeEventListener(type, arm, { capture: true });
      setWarningEndsAt(null);
    };
  }, [inFlow, idleMs, warningMs]);

  useEffect(() => {
    if (warningEndsAt === null) {
      // Back to exactly where the person was, focus included.
      focusBefore.current?.focus();
      focusBefore.current = null;
      return;
    }
    const tick = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= warningEndsAt) endIdleSession();
    }, 250);
    return () => window.clearInterval(tick);
  }, [warningEndsAt, endIdleSession]);

  if (warningEndsAt === null) return null;
  const seconds = Math.max(0, Math.ceil((warningEndsAt - now) / 1000));
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-why">
        <h2 id="idle-title">{text.idle.title}</h2>
        <p className="dialog-countdown">{text.idle.countdown(seconds)}</p>
        <p id="idle-why">{text.idle.why}</p>
        <div className="actions">
          {/* Pressing it is input like any other: the guard's own listener dismisses the dialog. */}
          <button type="button" className="button button-primary" autoFocus>
            {text.idle.stay}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Said on the start screen after an idle session was ended. */
export function SessionEndedNotice() {
  const text = useT();
  const shown = useKiosk((state) => state.sessionEnded && state.wizard.step === 'start');
  return shown ? (
    <div className="notice session-ended" role="status">
      <p>{text.idle.ended}</p>
    </div>
  ) : null;
}
