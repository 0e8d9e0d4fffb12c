import { useEffect } from 'react';
import type { ComponentType } from 'react';
import { Header } from './components/Header.tsx';
import { IdleGuard, SessionEndedNotice } from './components/IdleGuard.tsx';
import { IncomingLinkDialog, useDeepLinks } from './components/IncomingLink.tsx';
import { StatusRegion } from './components/StatusRegion.tsx';
import { useT } from './i18n/use-t.ts';
import { DoneScreen } from './screens/DoneScreen.tsx';
import { IcScreen } from './screens/IcScreen.tsx';
import { LinkScreen } from './screens/LinkScreen.tsx';
import { PasswordScreen } from './screens/PasswordScreen.tsx';
import { ProfileScreen } from './screens/ProfileScreen.tsx';
import { QuestionsScreen } from './screens/QuestionsScreen.tsx';
import { StartScreen } from './screens/StartScreen.tsx';
import { useKiosk } from './store.ts';
import type { Step } from './wizard.ts';

const screens: Readonly<Record<Step, ComponentType>> = {
  start: StartScreen,
  ic: IcScreen,
  link: LinkScreen,
  profile: ProfileScreen,
  questions: QuestionsScreen,
  password: PasswordScreen,
  done: DoneScreen,
};

export function App() {
  const text = useT();
  const language = useKiosk((state) => state.language);
  const step = useKiosk((state) => state.wizard.step);
  const session = useKiosk((state) => state.session);
  const loadAppInfo = useKiosk((state) => state.loadAppInfo);

  useEffect(() => void loadAppInfo(), [loadAppInfo]);
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
      <IdleGuard />
      <IncomingLinkDialog />
      <footer className="site-footer">
        <p>{text.app.help}</p>
      </footer>
    </div>
  );
}
