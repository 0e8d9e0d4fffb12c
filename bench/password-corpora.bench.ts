// `npm run bench` (or `npx tsx bench/password-corpora.bench.ts`): the password rules measured on
// two corpora (bench/password-corpora.ts) and docs/passwords.md. For every password: the kiosk's verdict (the
// shared rules plus zxcvbn-ts as the strength worker runs it, score at least 3), zxcvbn-ts alone
// at score 3 or more (the same engine, the same person's data), and the API's rules alone.
// Goals: the kiosk refuses at least 99.5 % of the weak corpus and at most 1 % of the strong one.
// Seeded: BENCH_CORPUS_SEED=<seed> repeats a run; BENCH_WEAK_COUNT and BENCH_STRONG_COUNT size it.
import { createStrengthEngine } from '../renderer/src/strength/engine.ts';
import { passwordVerdict } from '../renderer/src/strength/verdict.ts';
import { policyViolations } from '../server/activation-policy.ts';
import { securityQuestions } from '../server/demo-accounts.ts';
import { SEED_PASSWORD_POLICY } from '../shared/password-policy.ts';
import { DEFAULT_MIN_PASSWORD_SCORE } from '../shared/password-strength.ts';
import { personalWords } from '../shared/personal-data.ts';
import type { PersonalData } from '../shared/personal-data.ts';
import { normaliseAnswer } from '../shared/security-questions.ts';
import { strongCorpus, strongKinds, transformations, weakCorpus } from './password-corpora.ts';
import { record } from './report.ts';
import type { Figure } from './report.ts';

const SEED = Number(process.env.BENCH_CORPUS_SEED ?? 17);
const WEAK_COUNT = Number(process.env.BENCH_WEAK_COUNT ?? 12_000);
const STRONG_COUNT = Number(process.env.BENCH_STRONG_COUNT ?? 1_000);
const GOALS = { weakRefused: 99.5, strongRefused: 1 };

const engine = createStrengthEngine();

interface Judgement {
  readonly kiosk: boolean;
  readonly zxcvbn: boolean;
  readonly api: boolean;
  /** The rules the kiosk names, and its strength score. */
  readonly why: string;
}

function judge(password: string, person: PersonalData): Judgement {
  const answer = engine.assess(password, personalWords(person));
  const context = { policy: SEED_PASSWORD_POLICY, personal: person, minScore: DEFAULT_MIN_PASSWORD_SCORE };
  const verdict = passwordVerdict(password, context, { password, inputs: '', outcome: answer });
  const securityAnswers = person.answers.map((text, index) => ({ questionId: securityQuestions[index]!.id, answer: normaliseAnswer(text) }));
  const api = policyViolations({ securityAnswers, password }, securityQuestions, person).some((violation) => violation.field === 'password');
  const rules = [...verdict.characters, ...verdict.personal.map((violation) => violation.rule), ...verdict.blocklist];
  return { kiosk: !verdict.ready, zxcvbn: answer.score < DEFAULT_MIN_PASSWORD_SCORE, api, why: `score ${answer.score}${rules.length ? `; ${rules.join(', ')}` : ''}` };
}

const percent = (count: number, total: number) => Number(((100 * count) / total).toFixed(2));

console.log(`seed ${SEED}: ${WEAK_COUNT} weak passwords, ${STRONG_COUNT} strong of each kind`);
const weak = weakCorpus(SEED, WEAK_COUNT).map((entry) => ({ ...entry, ...judge(entry.password, entry.person) }));
const strong = strongCorpus(SEED + 1, STRONG_COUNT).map((entry) => ({ ...entry, ...judge(entry.password, entry.person) }));

const rate = (list: readonly Judgement[], by: keyof Omit<Judgement, 'why'>) => percent(list.filter((entry) => entry[by]).length, list.length);
const figures: Figure[] = [
  { metric: 'password-corpora.weak.refused.kiosk', value: rate(weak, 'kiosk'), unit: '%', baseline: rate(weak, 'zxcvbn') },
  { metric: 'password-corpora.weak.refused.api-rules', value: rate(weak, 'api'), unit: '%', baseline: rate(weak, 'zxcvbn') },
  { metric: 'password-corpora.strong.refused.kiosk', value: rate(strong, 'kiosk'), unit: '%', baseline: rate(strong, 'zxcvbn') },
  ...strongKinds.map((kind) => {
    const ofKind = strong.filter((entry) => entry.kind === kind);
    return { metric: `password-corpora.strong.refused.kiosk.${kind}`, value: rate(ofKind, 'kiosk'), unit: '%', baseline: rate(ofKind, 'zxcvbn') };
  }),
  ...transformations.map((transformation) => {
    const using = weak.filter((entry) => entry.transformations.includes(transformation));
    return { metric: `password-corpora.weak.refused.kiosk.${transformation}`, value: rate(using, 'kiosk'), unit: '%', baseline: rate(using, 'zxcvbn') };
  }),
];
record(figures);

console.log('\nWeak passwords the kiosk accepts, by transformation (source; what the kiosk saw):');
for (const transformation of transformations) {
  const through = weak.filter((entry) => !entry.kiosk && entry.transformations.includes(transformation));
  console.log(`  ${transformation}: ${through.length}`);
  for (const entry of through) console.log(`    ${entry.password}    (${entry.source}; ${entry.transformations.join(' + ')}; ${entry.why})`);
}
console.log('\nStrong passwords the kiosk refuses (kind; why):');
for (const entry of strong.filter((candidate) => candidate.kiosk)) console.log(`    ${entry.password}    (${entry.kind}; ${entry.why})`);

const weakRefused = rate(weak, 'kiosk');
const strongRefused = rate(strong, 'kiosk');
console.log(
  `\ntargets: weak refused ≥ ${GOALS.weakRefused} %: ${weakRefused} % (${weakRefused >= GOALS.weakRefused ? 'met' : 'missed'}; zxcvbn alone ${rate(weak, 'zxcvbn')} %); ` +
    `strong refused ≤ ${GOALS.strongRefused} %: ${strongRefused} % (${strongRefused <= GOALS.strongRefused ? 'met' : 'missed'}; zxcvbn alone ${rate(strong, 'zxcvbn')} %)`,
);
