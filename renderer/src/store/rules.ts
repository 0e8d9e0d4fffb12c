// The rules the store applies to what the person types, handed to the store as a dependency
// (StoreDeps.rules) like its bridge and clock. The screens that show a rule's verdict import it too.
export { parseActivationCode } from '../../../shared/activation-code.ts';
export { parseIcNumber } from '../../../shared/ic-number.ts';
export { personalWords } from '../../../shared/personal-data.ts';
export { normaliseAnswer } from '../../../shared/security-questions.ts';
export { checkRows, isPasswordReady, passwordContextOf } from './readiness.ts';
