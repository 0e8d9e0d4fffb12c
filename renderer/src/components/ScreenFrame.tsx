// The common frame of a step: Back, the step indicator and the heading that takes focus.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useKiosk } from '../store/index.ts';
import { flowSteps, stepNumber } from '../store/wizard.ts';
import type { Step } from '../store/wizard.ts';

interface ScreenFrameProps {
  readonly step: Step;
  readonly title: string;
  readonly canGoBack?: boolean;
  readonly children: ReactNode;
}

export function ScreenFrame({ step, title, canGoBack = false, children }: ScreenFrameProps) {
  const text = useT();
  const back = useKiosk((state) => state.back);
  const busy = useKiosk((state) => state.busy);
  const heading = useRef<HTMLHeadingElement>(null);
  const position = stepNumber(step);

  // Each screen mounts once per step change: that is when focus moves to its heading.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="screen">
      {(canGoBack || position !== null) && (
        <div className="frame-top">
          {canGoBack && (
            <button type="button" className="button button-back" onClick={back} disabled={busy}>
              <span aria-hidden="true">‹</span>
              <span className="button-back-label">{text.app.back}</span>
            </button>
          )}
          {position !== null && (
            <div className="step-indicator">
              <p>{text.app.step(position, flowSteps.length)}</p>
              <progress max={flowSteps.length} value={position} aria-hidden="true" />
            </div>
          )}
        </div>
      )}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
