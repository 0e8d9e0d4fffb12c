// The kiosk's frame: header, the current step's screen, the session's dialogs and the help line.
// The start and IC number screens are in the first chunk, so Mula answers at once on a cold start;
// the rest arrive in one chunk once the start screen is on the glass (hooks/use-later-screens.ts).
import { useEffect } from 'react';
import type { ComponentType } from 'react';
import { afterFirstPaint } from './boot/first-paint.ts';
import { Header } from './components/Header.tsx';
import { StatusRegion } from './components/StatusRegion.tsx';
import { useDeepLinks } from './hooks/use-deep-links.ts';
import { useLaterScreens } from './hooks/use-later-screens.ts';
import type { LaterScreens } from './hooks/use-later-screens.ts';
import { useT } from './i18n/use-t.ts';
import { IcScreen } from './screens/IcScreen.tsx';
import { StartScreen } from './screens/StartScreen.tsx';
import { useKiosk } from './store/index.ts';
import type { Step } from './store/wizard.ts';

function screenFor(step: Step, later: LaterScreens | null): ComponentType | null {
  switch (step) {
    case 'start':
      return StartScreen;
    case 'ic':
      return IcScreen;
    case 'link':
      return later?.LinkScreen ?? null;
    case 'profile':
      return later?.ProfileScreen ?? null;
    case 'questions':
      return later?.QuestionsScreen ?? null;
    case 'password':
      return later?.PasswordScreen ?? null;
    case 'done':
      return later?.DoneScreen ?? null;
  }
}

export function App() {
  const text = useT();
  const language = useKiosk((state) => state.language);
  const step = useKiosk((state) => state.wizard.step);
  const session = useKiosk((state) => state.session);
  const loadAppInfo = useKiosk((state) => state.loadAppInfo);
  const loadEnglish = useKiosk((state) => state.loadEnglish);
  const loaded = useLaterScreens();
  const later = loaded === 'failed' ? null : loaded;

  // Start-up work waits for the start screen to be on the glass (boot/first-paint.ts).
  useEffect(() => {
    void afterFirstPaint().then(() => {
      void loadAppInfo();
      void loadEnglish();
    });
  }, [loadAppInfo, loadEnglish]);
  useDeepLinks();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = text.app.product;
  }, [language, text]);

  const Screen = screenFor(step, later);
  return (
    <div className="layout">
      <Header />
      <main className="main">
        {later && <later.SessionEndedNotice />}
        {/* A new session remounts the screen, so nothing typed survives "Mula semula". */}
        {Screen && <Screen key={session} />}
        {loaded === 'failed' && !Screen && (
          <div className="notice notice-error" role="alert">
            <p>{text.errors.configuration}</p>
          </div>
        )}
        <StatusRegion />
      </main>
      {/* Keyed like the screen: each person gets a keyboard that knows nothing of the one before. */}
      {later && <later.OnScreenKeyboard key={session} />}
      {later && <later.IdleGuard />}
      {later && <later.IncomingLinkDialog />}
      <footer className="site-footer">
        <p>{text.app.help}</p>
      </footer>
    </div>
  );
}
