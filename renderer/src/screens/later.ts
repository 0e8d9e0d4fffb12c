// The screens after the IC number screen and the dialogs of a session: one chunk, which App fetches
// with import() once the start screen is on the glass (hooks/use-later-screens.ts). Anything only
// these need stays out of the first chunk; anything the start or IC screen imports is in it.
export { DoneScreen } from './DoneScreen.tsx';
export { LinkScreen } from './link/LinkScreen.tsx';
export { PasswordScreen } from './PasswordScreen.tsx';
export { ProfileScreen } from './ProfileScreen.tsx';
export { QuestionsScreen } from './QuestionsScreen.tsx';
export { IdleGuard, SessionEndedNotice } from '../components/IdleGuard.tsx';
export { IncomingLinkDialog } from '../components/IncomingLink.tsx';
export { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.tsx';
