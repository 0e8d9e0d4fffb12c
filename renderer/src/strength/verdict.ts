// The password's verdict as the screen shows it: the rules checked at once on the page (seed
// rules, its characters, personal data, the small blocklist), and zxcvbn's score and the full blocklist from the
// worker when they come. Until zxcvbn has spoken, the bar shows a cautious estimate, never "strong".
import { characterViolations } from '../../../shared/password-characters.ts';
import type { CharacterRule } from '../../../shared/password-characters.ts';
import { checkPassword, passwordLength } from '../../../shared/password-policy.ts';
import type { PasswordPolicy, PasswordRuleResult } from '../../../shared/password-policy.ts';
import { strengthLevel } from '../../../shared/password-strength.ts';
import type { StrengthFeedback, StrengthLevel, StrengthScore } from '../../../shared/password-strength.ts';
import { personalDataViolations } from '../../../shared/personal-data.ts';
import type { PersonalData, PersonalDataViolation } from '../../../shared/personal-data.ts';
import { blocklistViolations, createBlocklist } from '../../../shared/wordlists/blocklist.ts';
import type { BlocklistRule } from '../../../shared/wordlists/blocklist.ts';
import { commonPasswordBases } from '../../../shared/wordlists/common-passwords.ts';
import type { StrengthOutcome } from './client.ts';
import type { StrengthAnswer } from './protocol.ts';

const QUICK_BLOCKLIST = createBlocklist(commonPasswordBases);

/** The newest verdict the worker gave, and on which password. */
export interface StrengthState {
  readonly password: string;
  /** The personal data it was checked against, so a change of answers asks again. */
  readonly inputs: string;
  readonly outcome: StrengthOutcome;
}

export interface PasswordContext {
  readonly policy: PasswordPolicy;
  readonly personal: PersonalData;
  readonly minScore: number;
}

export interface PasswordVerdict {
  readonly seed: readonly PasswordRuleResult[];
  readonly characters: readonly CharacterRule[];
  readonly personal: readonly PersonalDataViolation[];
  readonly blocklist: readonly BlocklistRule[];
  /** zxcvbn has not yet answered on exactly this password. */
  readonly pending: boolean;
  /** zxcvbn has not answered on any password yet (its dictionaries are loading): the bar is an estimate. */
  readonly estimated: boolean;
  /** The worker could not start: the score cannot be known. */
  readonly unavailable: boolean;
  /** What the bar shows: zxcvbn's newest score (while typing goes on), or the estimate before it. */
  readonly score: StrengthScore;
  readonly level: StrengthLevel;
  readonly feedback: StrengthFeedback | null;
  /** zxcvbn's score on exactly this password reaches the minimum. */
  readonly strongEnough: boolean;
  /** zxcvbn's newest score reaches it, maybe for the keystroke before: what the checklist shows while typing. */
  readonly looksStrongEnough: boolean;
  /** Every rule met and strong enough (whether the repeat matches is the screen's business). */
  readonly ready: boolean;
}

/** Before zxcvbn's first answer: a rough estimate from the length, kept below the minimum. */
function estimate(password: string, minScore: number): StrengthScore {
  const length = passwordLength(password);
  const rough = length >= 16 ? 2 : length >= 12 ? 1 : 0;
  return Math.max(0, Math.min(rough, minScore - 1)) as StrengthScore;
}

const answerOf = (outcome: StrengthOutcome | undefined): StrengthAnswer | null =>
  outcome === undefined || outcome === 'unavailable' ? null : outcome;

export function passwordVerdict(password: string, context: PasswordContext, strength: StrengthState | null): PasswordVerdict {
  const seed = checkPassword(password, context.policy);
  const characters = characterViolations(password);
  const personal = personalDataViolations(password, context.personal);
  const exact = strength?.password === password ? answerOf(strength.outcome) : null;
  const blocklist = [...new Set([...blocklistViolations(password, QUICK_BLOCKLIST), ...(exact?.blocklist ?? [])])];
  const rulesMet = seed.every((result) => result.met) && characters.length === 0 && personal.length === 0 && blocklist.length === 0;
  const shown = password === '' ? null : (exact ?? answerOf(strength?.outcome));
  // A broken rule keeps the bar low whatever zxcvbn thinks: the password will be refused.
  const score = !shown ? estimate(password, context.minScore) : rulesMet ? shown.score : (Math.min(shown.score, 1) as StrengthScore);
  const strongEnough = exact !== null && exact.score >= context.minScore;
  return {
    seed,
    characters,
    personal,
    blocklist,
    pending: password !== '' && exact === null && strength?.outcome !== 'unavailable',
    estimated: password !== '' && shown === null && strength?.outcome !== 'unavailable',
    unavailable: strength?.outcome === 'unavailable',
    score,
    level: rulesMet ? strengthLevel(score, context.minScore) : 'weak',
    feedback: shown?.feedback ?? null,
    strongEnough,
    looksStrongEnough: shown !== null && shown.score >= context.minScore,
    ready: rulesMet && strongEnough,
  };
}
