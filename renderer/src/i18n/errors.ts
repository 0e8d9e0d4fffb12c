// Every AppError as a message for the person at the kiosk, with what to do next.
import type { AppError, ErrorCode } from '../../../shared/errors.ts';
import type { Catalogue } from './catalogue.ts';

/** The next step the screen offers with the message. */
export type Recovery = 'fix-input' | 'retry' | 'wait' | 'new-link' | 'login' | 'ask-staff';

export const recoveries: Readonly<Record<ErrorCode, Recovery>> = {
  'invalid-input': 'fix-input',
  'invalid-ic-number': 'fix-input',
  'invalid-link': 'fix-input',
  'invalid-code': 'fix-input',
  'link-not-found': 'new-link',
  'link-expired': 'new-link',
  'link-used': 'new-link',
  'already-active': 'login',
  'rate-limited': 'wait',
  'service-unavailable': 'wait',
  refused: 'ask-staff',
  'policy-violation': 'fix-input',
  network: 'retry',
  timeout: 'retry',
  server: 'retry',
  tls: 'ask-staff',
  configuration: 'ask-staff',
};

export function errorMessage(error: AppError, text: Catalogue): string {
  switch (error.code) {
    case 'invalid-ic-number':
      return text.ic.problems[error.problem];
    case 'invalid-link':
      return text.link.problems[error.problem];
    case 'invalid-code':
      return text.code.problems[error.problem];
    case 'rate-limited':
    case 'service-unavailable':
      return text.errors[error.code](error.retryAfterSeconds);
    default:
      return text.errors[error.code];
  }
}
