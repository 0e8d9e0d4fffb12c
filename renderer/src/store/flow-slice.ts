// The flow: each action calls the bridge at most once and feeds the answer to the pure wizard.
import type { StateCreator } from 'zustand/vanilla';
import type { Result } from '../../../shared/errors.ts';
import type { OpenedActivation } from '../../../shared/ipc-contract.ts';
import { initialWizard, transition } from './wizard.ts';
import type { WizardEvent } from './wizard.ts';
import { initialForm } from './form-slice.ts';
import { typedValuesOf } from './typed-values.ts';
import type { FlowActions, KioskState, SessionValues, StoreDeps } from './types.ts';

export function initialSession(previous?: Pick<SessionValues, 'appInfo' | 'session' | 'codeExchange'>): SessionValues {
  return {
    appInfo: previous?.appInfo ?? null,
    language: previous?.appInfo?.defaultLanguage ?? 'ms',
    languageChosen: false,
    wizard: initialWizard,
    busy: false,
    error: null,
    retryAt: null,
    notice: null,
    loginFallbackUrl: null,
    attempt: null,
    session: (previous?.session ?? 0) + 1,
    incomingLink: null,
    sessionEnded: false,
    linkWay: null,
    codeExchange: previous?.codeExchange ?? false,
  };
}

export const createFlowSlice =
  ({ bridge, rules, formRules, now, newIdempotencyKey }: StoreDeps): StateCreator<KioskState, [], [], SessionValues & FlowActions> =>
  (set, get) => {
    const dispatch = (event: WizardEvent) =>
      set((state) => {
        const wizard = transition(state.wizard, event);
        if (wizard === state.wizard) return {};
        // A new step starts with no message, and the link step with the choice of ways.
        return { wizard, error: null, retryAt: null, notice: null, ...(wizard.step !== state.wizard.step && { linkWay: null }) };
      });

    // One call at a time, none while the service asked for a pause; an answer for a session that
    // was reset meanwhile is dropped.
    const run = async <T>(call: () => Promise<Result<T>>, onSuccess: (value: T) => void): Promise<void> => {
      const { busy, retryAt, session } = get();
      if (busy || (retryAt !== null && now() < retryAt)) return;
      set({ busy: true, error: null, retryAt: null, notice: null });
      const result = await call();
      if (get().session !== session) return;
      set({ busy: false });
      if (result.ok) onSuccess(result.value);
      else set({ error: result.error, retryAt: 'retryAfterSeconds' in result.error ? now() + result.error.retryAfterSeconds * 1000 : null });
    };

    // Pasted, scanned or by its code: the profile comes next, and what was typed to get there goes.
    const linkOpened = (opened: OpenedActivation) => {
      dispatch({ type: 'linkOpened', opened });
      set({ linkInput: '', codeInput: '' });
      get().warmStrength();
    };

    // Main also clears the clipboard if it still holds the link or anything typed here.
    const wipe = () => {
      void bridge.endSession({ typedValues: typedValuesOf(get()) });
      set((state) => ({ ...initialForm(), ...initialSession(state) }));
    };

    return {
      ...initialSession(),
      // Not through run(): the app's own start-up must never make a person's first action (or a
      // deep link arriving at start-up) bounce off the busy flag.
      loadAppInfo: async () => {
        const result = await bridge.getAppInfo({});
        if (result.ok) {
          const appInfo = result.value;
          set((state) => ({ appInfo, language: state.languageChosen ? state.language : appInfo.defaultLanguage }));
          if (get().language === 'en') void get().loadEnglish();
        }
      },
      start: () => dispatch({ type: 'started' }),
      chooseLink: () => dispatch({ type: 'linkChosen' }),
      submitIc: async () => {
        if (get().busy) return;
        const check = rules.parseIcNumber(get().icInput, new Date(now()));
        if (!check.ok) {
          set({ error: { code: 'invalid-ic-number', problem: check.problem } });
          return;
        }
        const { icNumber } = check;
        await run(
          () => bridge.requestActivation({ icNumber }),
          (accepted) => {
            dispatch({ type: 'icSubmitted', icNumber, accepted, at: now() });
            get().warmStrength();
          },
        );
      },
      resend: async () => {
        const { request } = get().wizard;
        if (!request || now() < request.resendAvailableAt) return;
        await run(
          () => bridge.requestActivation({ icNumber: request.icNumber }),
          (accepted) => {
            dispatch({ type: 'icSubmitted', icNumber: request.icNumber, accepted, at: now() });
            set({ notice: 'resent' });
          },
        );
      },
      openLink: () => run(() => bridge.openActivation({ link: get().linkInput }), linkOpened),
      openScannedLink: (text) => run(() => bridge.openActivation({ link: text }), linkOpened),
      openWithCode: async () => {
        if (get().busy) return;
        const { wizard, codeIcInput, codeInput } = get();
        // The IC number of step 1 when there was one; otherwise the one typed beside the code.
        const icNumber = wizard.request?.icNumber ?? codeIcInput;
        const ic = rules.parseIcNumber(icNumber, new Date(now()));
        if (!ic.ok) return set({ error: { code: 'invalid-ic-number', problem: ic.problem } });
        const code = rules.parseActivationCode(codeInput);
        if (!code.ok) return set({ error: { code: 'invalid-code', problem: code.problem } });
        await run(() => bridge.openActivationByCode({ icNumber: ic.icNumber, code: code.code }), linkOpened);
      },
      chooseLinkWay: (linkWay) => set({ linkWay, error: null, retryAt: null, notice: null }),
      confirmProfile: () => dispatch({ type: 'profileConfirmed' }),
      confirmAnswers: async () => {
        const { checkRows } = await formRules();
        const { rows, wizard } = get();
        if (!wizard.activation || !checkRows(rows, wizard.activation).ok) return false;
        dispatch({ type: 'answersConfirmed' });
        return true;
      },
      complete: async () => {
        if (get().busy) return false;
        // Selesai pressed before the worker answered on this password waits for its verdict.
        await get().assessPassword();
        const { isPasswordReady, normaliseAnswer } = await formRules();
        const { activation } = get().wizard;
        const { password, rows, busy, attempt } = get();
        if (busy || !activation || !isPasswordReady(get())) return false;
        // Sent as compared: normalised, so "  Nasi   KERABU" is the answer the server hashes too.
        const securityAnswers = rows.map(({ questionId, answer }) => ({ questionId, answer: normaliseAnswer(answer) }));
        // The same input retried after an error reuses its key, so the server can answer a replay.
        const fingerprint = JSON.stringify([activation.token, securityAnswers, password]);
        const key = attempt?.fingerprint === fingerprint ? attempt.key : newIdempotencyKey();
        set({ attempt: { key, fingerprint } });
        await run(
          () => bridge.completeActivation({ token: activation.token, idempotencyKey: key, securityAnswers, password }),
          ({ loginUrl }) => {
            void bridge.endSession({ typedValues: typedValuesOf(get()) });
            set({ ...initialForm(), attempt: null });
            dispatch({ type: 'activated', loginUrl });
          },
        );
        return true;
      },
      openLogin: () =>
        run(
          () => bridge.openLogin({}),
          ({ opened, loginUrl }) => (opened ? wipe() : set({ loginFallbackUrl: loginUrl })),
        ),
      requestNewLink: () => dispatch({ type: 'newLinkRequested' }),
      back: () => dispatch({ type: 'back' }),
      reset: wipe,
    };
  };
