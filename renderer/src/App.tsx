import { useEffect } from 'react';
import type { ComponentType } from 'react';
import { Header } from './components/Header.tsx';
import { afterFirstPaint } from './boot/first-paint.ts';
import { useDeepLinks } from './hooks/use-deep-links.ts';
import { StatusRegion } from './components/StatusRegion.tsx';
import { loadCatalogue } from './i18n/index.ts';
import { useT } from './i18n/use-t.ts';
import { later, laterScreens } from './screens/later.tsx';
import { IcScreen } from './screens/IcScreen.tsx';
import { StartScreen } from './screens/StartScreen.tsx';
import { useKiosk } from './store/index.ts';
import type { Step } from './store/wizard.ts';

// The start and IC number screens are in the entry chunk, so Mula answers at once even on a cold
// start; the rest load once the start screen is painted, off its critical path.
const IdleGuard = later('IdleGuard');
const SessionEndedNotice = later('SessionEndedNotice');
const IncomingLinkDialog = later('IncomingLinkDialog');
const OnScreenKeyboard = later('OnScreenKeyboard');

const screens: Readonly<Record<Step, ComponentType>> = {
  start: StartScreen,
  ic: IcScreen,
  link: later('LinkScreen'),
  profile: later('ProfileScreen'),
  questions: later('QuestionsScreen'),
  password: later('PasswordScreen'),
  done: later('DoneScreen'),
};

export function App() {
  const text = useT();
  const language = useKiosk((state) => state.language);
  const step = useKiosk((state) => state.wizard.step);
  const session = useKiosk((state) => state.session);
  const loadAppInfo = useKiosk((state) => state.loadAppInfo);

  useEffect(() => void afterFirstPaint().then(() => loadAppInfo()), [loadAppInfo]);
  useEffect(() => {
    void laterScreens();
    void loadCatalogue('en');
  }, []);
  useDeepLinks();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = text.app.product;
  }, [language, text]);

  const Screen = screens[step];
  return (
    <div className="layout">
      <Header />
      <main className="main">
        <SessionEndedNotice />
        {/* A new session remounts the screen, so nothing typed survives "Mula semula". */}
        <Screen key={session} />
        <StatusRegion />
      </main>
      {/* Keyed like the screen: each person gets a keyboard that knows nothing of the one before. */}
      <OnScreenKeyboard key={session} />
      <IdleGuard />
      <IncomingLinkDialog />
      <footer className="site-footer">
        <p>{text.app.help}</p>
      </footer>
    </div>
  );
}
