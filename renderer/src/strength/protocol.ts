// The messages between the kiosk and its strength worker.
import type { StrengthFeedback, StrengthScore } from '../../../shared/password-strength.ts';
import type { BlocklistRule } from '../../../shared/wordlists/blocklist.ts';

export interface StrengthRequest {
  /** Increases with every request, so an answer to an older one can be told apart and dropped. */
  readonly id: number;
  readonly password: string;
  /** The person's own data, which zxcvbn counts as known to whoever guesses. */
  readonly userInputs: readonly string[];
}

/** zxcvbn's verdict, and the full word list's, on one password. */
export interface StrengthAnswer {
  readonly score: StrengthScore;
  readonly feedback: StrengthFeedback;
  readonly blocklist: readonly BlocklistRule[];
}

/** `answer` is null when the worker could not load its dictionaries. */
export interface StrengthReply {
  readonly id: number;
  readonly answer: StrengthAnswer | null;
}
