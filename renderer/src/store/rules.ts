// The rules the store applies before the later screens are in: the IC number and the short code.
// Handed to the store as a dependency (StoreDeps.rules), like its bridge and clock.
export { parseActivationCode } from '../../../shared/activation-code.ts';
export { parseIcNumber } from '../../../shared/ic-number.ts';
