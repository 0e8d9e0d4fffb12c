// The password checklist as data: one item per rule, in the order shown, with what is wrong in
// words when it can be said (which personal detail, never its value). Shared by the visible list
// and the summary read out to screen readers.
import type { PasswordPolicy } from '../../../shared/password-policy.ts';
import type { PersonalDataViolation } from '../../../shared/personal-data.ts';
import type { Catalogue } from '../i18n/catalogue.ts';
import { seedRuleLabel } from '../i18n/violations.ts';
import type { PasswordVerdict } from '../strength/verdict.ts';

export type RuleState = 'met' | 'unmet' | 'pending';

export interface ChecklistItem {
  readonly key: string;
  readonly label: string;
  readonly state: RuleState;
  readonly details: readonly string[];
}

function personalDetail({ rule, answer }: PersonalDataViolation, text: Catalogue): string {
  return rule === 'password-contains-answer' && answer !== undefined ? text.password.containsAnswer(answer) : text.password.problems[rule];
}

const stateOf = (met: boolean): RuleState => (met ? 'met' : 'unmet');

const rulesMetBesidesStrength = (verdict: PasswordVerdict) =>
  verdict.seed.every((result) => result.met) && verdict.characters.length === 0 && verdict.personal.length === 0 && verdict.blocklist.length === 0;

export function checklistItems(
  verdict: PasswordVerdict,
  password: string,
  repeatMatches: boolean,
  text: Catalogue,
  policy: PasswordPolicy,
): ChecklistItem[] {
  // Pending only until zxcvbn's first answer; then its newest, so the tick does not flicker while typing.
  const strengthState: RuleState = verdict.estimated ? 'pending' : verdict.looksStrongEnough ? 'met' : 'unmet';
  // Nothing typed contains no personal data, but it is no password either: not ticked yet.
  const typedAnd = (met: boolean) => stateOf(password !== '' && met);
  return [
    ...verdict.seed.map(({ rule, met }) => ({ key: rule, label: seedRuleLabel(rule, text, policy), state: stateOf(met), details: [] })),
    // Listed only when broken: invisible characters come from pasted text, not from anyone's choice.
    ...(verdict.characters.includes('password-invisible-character')
      ? [{ key: 'invisible', label: text.password.rules.invisible, state: 'unmet' as const, details: [text.password.problems['password-invisible-character']] }]
      : []),
    {
      key: 'sequence',
      label: text.password.rules.sequence,
      state: typedAnd(!verdict.characters.includes('password-sequence')),
      details: verdict.characters.includes('password-sequence') ? [text.password.problems['password-sequence']] : [],
    },
    {
      key: 'personal',
      label: text.password.rules.personal,
      state: typedAnd(verdict.personal.length === 0),
      details: verdict.personal.map((violation) => personalDetail(violation, text)),
    },
    {
      key: 'blocklist',
      label: text.password.rules.blocklist,
      state: typedAnd(verdict.blocklist.length === 0),
      details: verdict.blocklist.map((rule) => text.password.problems[rule]),
    },
    {
      key: 'strength',
      label: text.password.rules.strength,
      state: strengthState,
      // Said only when zxcvbn alone stands in the way: other broken rules already say what to change.
      details: strengthState === 'unmet' && !verdict.unavailable && rulesMetBesidesStrength(verdict) ? [text.password.problems['password-too-weak']] : [],
    },
    { key: 'repeat', label: text.password.rules.repeat, state: stateOf(repeatMatches), details: [] },
  ];
}
