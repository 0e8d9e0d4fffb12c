import type { AppError } from '../../../shared/errors.ts';
import type { AppInfo, Bridge, Language } from '../../../shared/ipc-contract.ts';
import type { Catalogue } from '../i18n/catalogue.ts';
import type { StrengthService } from '../strength/client.ts';
import type { StrengthState } from '../strength/verdict.ts';
import type * as FormRules from './form-rules.ts';
import type * as Rules from './rules.ts';
import type { WizardState } from './wizard.ts';

/** One security-question row; `questionId` is '' until a question is chosen. */
export interface AnswerRow {
  readonly key: number;
  readonly questionId: string;
  readonly answer: string;
}

/** The ways a person gets their activation into the kiosk, on the link step. */
export type LinkWay = 'scan' | 'code' | 'paste';

/** Everything the person types: wiped by reset(). */
export interface FormValues {
  readonly icInput: string;
  readonly linkInput: string;
  /** The e-mail's short code, as typed. */
  readonly codeInput: string;
  /** The IC number typed beside the code, when the person came in with "Saya sudah menerima pautan". */
  readonly codeIcInput: string;
  readonly rows: readonly AnswerRow[];
  readonly nextRowKey: number;
  readonly password: string;
  readonly repeat: string;
  readonly showPassword: boolean;
  /** The strength worker's newest verdict, and on which password. */
  readonly strength: StrengthState | null;
}

export interface FormActions {
  setIcInput(value: string): void;
  setLinkInput(value: string): void;
  setCodeInput(value: string): void;
  setCodeIcInput(value: string): void;
  chooseQuestion(key: number, questionId: string): void;
  setAnswer(key: number, answer: string): void;
  addRow(): void;
  removeRow(key: number): void;
  setPassword(value: string): void;
  setRepeat(value: string): void;
  toggleShowPassword(): void;
}

export interface SessionValues {
  readonly appInfo: AppInfo | null;
  readonly language: Language;
  /** Once the person picks a language, the configured default no longer overrides it. */
  readonly languageChosen: boolean;
  readonly wizard: WizardState;
  readonly busy: boolean;
  readonly error: AppError | null;
  /** Epoch ms before which no call is made: the service asked for a pause (429, 503). */
  readonly retryAt: number | null;
  /** A polite status line after an action that stays on the same screen. */
  readonly notice: 'resent' | null;
  /** Set when the login page could not be opened, so the address can be shown instead. */
  readonly loginFallbackUrl: string | null;
  /** The idempotency key of the last completion attempt and the input it was made for. */
  readonly attempt: { readonly key: string; readonly fingerprint: string } | null;
  /** Bumped by reset(), so an answer that arrives after "Mula semula" is dropped. */
  readonly session: number;
  /** A deep link that arrived mid-way, waiting for the person to say whether to drop their progress. */
  readonly incomingLink: string | null;
  /** The last session was ended for being idle: the start screen says so. */
  readonly sessionEnded: boolean;
  /** The way in the person chose on the link step; null while they choose. */
  readonly linkWay: LinkWay | null;
  /** The service offers the short code's exchange (its last check said so); kept across sessions. */
  readonly codeExchange: boolean;
}

export interface FlowActions {
  loadAppInfo(): Promise<void>;
  start(): void;
  chooseLink(): void;
  submitIc(): Promise<void>;
  resend(): Promise<void>;
  openLink(): Promise<void>;
  /** Opens what the camera read off the e-mail's QR code, exactly as a pasted link. */
  openScannedLink(text: string): Promise<void>;
  /** Exchanges the short code (with the IC number of step 1, or the one typed beside it). */
  openWithCode(): Promise<void>;
  chooseLinkWay(way: LinkWay | null): void;
  confirmProfile(): void;
  /** Moves on only when the answers pass the shared rules; says whether it did. */
  confirmAnswers(): Promise<boolean>;
  /** Calls the API only when every password rule is met; says whether it called. */
  complete(): Promise<boolean>;
  openLogin(): Promise<void>;
  requestNewLink(): void;
  back(): void;
  reset(): void;
}

export interface ShellActions {
  /** Until the returned function is called, takes each deep link main says is waiting. */
  listenForLinks(): () => void;
  /** One quick look at whether the service answers, for the start screen's notice; notes whether it offers the code exchange. */
  checkService(): Promise<boolean>;
  /** The scan view opened or closed; answers whether the kiosk may use the camera at all. */
  setScanView(open: boolean): Promise<boolean>;
  /** The activation link on the clipboard, as main read it (never anything else it holds), or null. */
  pasteLink(): Promise<string | null>;
  /** Takes the deep link main is holding, if any, and opens it like a paste (or asks first, mid-way). */
  receivePendingLink(): Promise<void>;
  /** Drops the current progress and opens the link that arrived mid-way. */
  acceptIncomingLink(): Promise<void>;
  /** Keeps the current progress and forgets the link that arrived mid-way. */
  declineIncomingLink(): void;
  /** Nobody answered "still there?": every trace goes, and the start screen says why. */
  endIdleSession(): void;
}

export interface LanguageValues {
  /** The English catalogue once fetched; until then English speakers read Malay for a moment. */
  readonly english: Catalogue | null;
}

export interface LanguageActions {
  setLanguage(language: Language): void;
  /** Fetches English if it is not in yet; a failure leaves Malay on screen and is tried again next time. */
  loadEnglish(): Promise<void>;
}

export type KioskState = FormValues &
  FormActions &
  SessionValues &
  FlowActions &
  ShellActions &
  StrengthActions &
  LanguageValues &
  LanguageActions;

export interface StrengthActions {
  /** Starts loading the strength worker's dictionaries: called once the first screen is behind. */
  warmStrength(): void;
  /** Asks the worker about the password as it is now; resolves once its verdict is in the store. */
  assessPassword(): Promise<void>;
}

export interface StoreDeps {
  readonly bridge: Bridge;
  /** The IC number and short code rules (rules.ts). */
  readonly rules: typeof Rules;
  /** The answer and password rules (form-rules.ts): fetched with the later screens, awaited where used. */
  readonly formRules: () => Promise<typeof FormRules>;
  readonly strength: StrengthService;
  /** The English catalogue: the app fetches it on first use (Malay is always in the page). */
  readonly loadEnglish: () => Promise<Catalogue>;
  /** Epoch milliseconds. */
  readonly now: () => number;
  readonly newIdempotencyKey: () => string;
}
