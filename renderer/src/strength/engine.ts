// zxcvbn, set up for this kiosk. Loaded inside the strength worker, never on the page itself.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { MAX_PASSWORD_CHARACTERS } from '../../../shared/password-policy.ts';
import { strengthFeedback } from '../../../shared/password-strength.ts';
import { blocklistViolations } from '../../../shared/wordlists/blocklist.ts';
import type { BlocklistRule } from '../../../shared/wordlists/blocklist.ts';
import { fullBlocklist } from '../../../shared/wordlists/full-blocklist.ts';
import { dictionary, keyboardGraphs } from './dictionaries.ts';
import type { StrengthAnswer } from './protocol.ts';

/**
 * l33t readings tried per password: each is a full dictionary pass, so the default (100) makes a
 * 128-character password take seconds; 5 still reads "P@ssw0rd", "K3l@nt@n", "$@y@ng" back, and the
 * corpora's refusal rates (bench/password-corpora.bench.ts) are the same as with 10.
 */
export const L33T_MAX_SUBSTITUTIONS = 5;

export interface StrengthEngine {
  assess(password: string, userInputs: readonly string[]): StrengthAnswer;
}

/** The full word list's rules: the worker's share of the verdict besides zxcvbn's score. */
export function createListCheck(): (password: string) => BlocklistRule[] {
  const blocklist = fullBlocklist();
  return (password) => blocklistViolations(password, blocklist);
}

export function createStrengthEngine(): StrengthEngine {
  const zxcvbn = new ZxcvbnFactory({
    dictionary,
    graphs: keyboardGraphs,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    maxLength: MAX_PASSWORD_CHARACTERS,
  });
  const listCheck = createListCheck();
  return {
    assess(password, userInputs) {
      const result = zxcvbn.check(password, [...userInputs]);
      return {
        score: result.score,
        feedback: strengthFeedback(result.feedback.warning, result.feedback.suggestions),
        blocklist: listCheck(password),
      };
    },
  };
}
