// The activation flow as a pure function: (state, event) => state. No React, no bridge, no clock.
// An event the current step does not accept returns the same state object, unchanged.
import type { OpenedActivation } from '../../../shared/ipc-contract.ts';

export const flowSteps = ['ic', 'link', 'profile', 'questions', 'password', 'done'] as const;
export type FlowStep = (typeof flowSteps)[number];
export type Step = 'start' | FlowStep;

/** The request that sent the email: kept so the link screen can show the masked IC and resend. */
export interface ActivationRequest {
  readonly icNumber: string;
  readonly expiresInSeconds: number;
  /** Epoch milliseconds from which a resend is allowed. */
  readonly resendAvailableAt: number;
}

export interface WizardState {
  readonly step: Step;
  readonly request: ActivationRequest | null;
  readonly activation: OpenedActivation | null;
  readonly answersConfirmed: boolean;
  readonly loginUrl: string | null;
}

export type WizardEvent =
  | { type: 'started' }
  | { type: 'linkChosen' }
  | {
      type: 'icSubmitted';
      icNumber: string;
      accepted: { expiresInSeconds: number; retryAfterSeconds: number };
      /** When the request was accepted, in epoch milliseconds. */
      at: number;
    }
  | { type: 'linkOpened'; opened: OpenedActivation }
  | { type: 'profileConfirmed' }
  | { type: 'answersConfirmed' }
  | { type: 'activated'; loginUrl: string }
  | { type: 'newLinkRequested' }
  | { type: 'back' }
  | { type: 'startOver' };

export const initialWizard: WizardState = {
  step: 'start',
  request: null,
  activation: null,
  answersConfirmed: false,
  loginUrl: null,
};

/** 1-based position on the step indicator, or null on the start screen. */
export function stepNumber(step: Step): number | null {
  return step === 'start' ? null : flowSteps.indexOf(step) + 1;
}

function back(state: WizardState): WizardState {
  switch (state.step) {
    case 'ic':
      return { ...state, step: 'start' };
    case 'link':
      return { ...state, step: state.request ? 'ic' : 'start' };
    case 'profile':
      return { ...state, step: 'link', activation: null };
    case 'questions':
      return { ...state, step: 'profile' };
    case 'password':
      return { ...state, step: 'questions', answersConfirmed: false };
    default:
      return state;
  }
}

export function transition(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'started':
      return state.step === 'start' ? { ...state, step: 'ic' } : state;
    case 'linkChosen':
      return state.step === 'start' ? { ...state, step: 'link' } : state;
    case 'icSubmitted':
      if (state.step !== 'ic' && state.step !== 'link') return state;
      return {
        ...state,
        step: 'link',
        request: {
          icNumber: event.icNumber,
          expiresInSeconds: event.accepted.expiresInSeconds,
          resendAvailableAt: event.at + event.accepted.retryAfterSeconds * 1000,
        },
      };
    case 'linkOpened':
      return state.step === 'link' ? { ...state, step: 'profile', activation: event.opened } : state;
    case 'profileConfirmed':
      return state.step === 'profile' && state.activation ? { ...state, step: 'questions' } : state;
    case 'answersConfirmed':
      return state.step === 'questions' && state.activation
        ? { ...state, step: 'password', answersConfirmed: true }
        : state;
    case 'activated':
      return state.step === 'password' && state.answersConfirmed && state.activation
        ? { ...initialWizard, step: 'done', loginUrl: event.loginUrl }
        : state;
    case 'newLinkRequested':
      return state.step === 'start' || state.step === 'ic' || state.step === 'done'
        ? state
        : { ...initialWizard, step: 'ic' };
    case 'back':
      return back(state);
    case 'startOver':
      return initialWizard;
  }
}
