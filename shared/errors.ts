// Errors are values: every bridge call answers a Result, never throws.
import type { Violation } from './api-contract.ts';
import type { IcNumberProblem } from './ic-number.ts';
import type { LinkProblem } from './activation-link.ts';

export type AppError =
  | { code: 'invalid-input' }
  | { code: 'invalid-ic-number'; problem: IcNumberProblem }
  | { code: 'invalid-link'; problem: LinkProblem }
  | { code: 'link-not-found' }
  | { code: 'link-expired' }
  | { code: 'link-used' }
  | { code: 'already-active' }
  | { code: 'rate-limited'; retryAfterSeconds: number }
  | { code: 'policy-violation'; violations: Violation[] }
  | { code: 'network' }
  | { code: 'timeout' }
  | { code: 'server'; status?: number }
  | { code: 'tls'; host: string }
  | { code: 'configuration' };

export type ErrorCode = AppError['code'];

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error });
