// The rules the store applies to what the person types. Loaded on demand (checks.ts): the first
// screen needs none of them.
export { parseIcNumber } from '../../../shared/ic-number.ts';
export { personalWords } from '../../../shared/personal-data.ts';
export { normaliseAnswer } from '../../../shared/security-questions.ts';
export { checkRows, isPasswordReady, passwordContextOf } from './readiness.ts';
