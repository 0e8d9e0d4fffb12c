// The screens after the IC number screen and the dialogs of a session: one chunk, fetched as soon as
// the start screen is painted. It brings the rest of the Malay catalogue, handed over before any of
// them renders.
import { completeMalay } from '../i18n/index.ts';
import { msLater } from '../i18n/ms-later.ts';

completeMalay(msLater);

export { DoneScreen } from './DoneScreen.tsx';
export { LinkScreen } from './LinkScreen.tsx';
export { PasswordScreen } from './PasswordScreen.tsx';
export { ProfileScreen } from './ProfileScreen.tsx';
export { QuestionsScreen } from './QuestionsScreen.tsx';
export { IdleGuard, SessionEndedNotice } from '../components/IdleGuard.tsx';
export { IncomingLinkDialog } from '../components/IncomingLink.tsx';
export { ErrorNotice } from '../components/ErrorNotice.tsx';
export { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.tsx';
