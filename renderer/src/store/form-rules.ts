// The answer and password rules the store applies on the later steps. They travel with the later
// screens that show them (StoreDeps.formRules imports this module), so the start and IC number
// screens do not carry them.
export { personalWords } from '../../../shared/personal-data.ts';
export { normaliseAnswer } from '../../../shared/security-questions.ts';
export { checkRows, isPasswordReady, passwordContextOf } from './readiness.ts';
