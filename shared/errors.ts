// Errors are values: every bridge call answers a Result, never throws.
import type { Violation } from './api-contract.ts';
import type { IcNumberProblem } from './ic-number.ts';
import type { ActivationCodeProblem } from './activation-code.ts';
import type { LinkProblem } from './activation-link.ts';

export type AppError =
  | { code: 'invalid-input' }
  | { code: 'invalid-ic-number'; problem: IcNumberProblem }
  | { code: 'invalid-link'; problem: LinkProblem }
  | { code: 'invalid-code'; problem: ActivationCodeProblem }
  | { code: 'link-not-found' }
  | { code: 'link-expired' }
  | { code: 'link-used' }
  | { code: 'already-active' }
  | { code: 'rate-limited'; retryAfterSeconds: number }
  | { code: 'policy-violation'; violations: Violation[] }
  /** The service could not be reached at all (no connection, DNS, connection dropped). */
  | { code: 'network' }
  /** The service was reached but did not answer in time. */
  | { code: 'timeout' }
  /** The service answered, but failed (5xx) or with something that is not the contract (an HTML page, a broken body). */
  | { code: 'server'; status?: number }
  /** The service said it is overloaded or down for a while (503): wait, then try again. */
  | { code: 'service-unavailable'; retryAfterSeconds: number }
  /** Something between the kiosk and the service (a proxy, a firewall) refused the call with a 4xx of its own. */
  | { code: 'refused'; status: number }
  | { code: 'tls'; host: string }
  | { code: 'configuration' };

export type ErrorCode = AppError['code'];

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error });
