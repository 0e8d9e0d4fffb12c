// The operations of contract v1, over the store: each returns a contract body or throws an ApiProblem.
import { activationCompleted, activationDetails, activationRequestAccepted, codeExchanged } from '../shared/api-contract.ts';
import type {
  ActivationCompleted,
  ActivationDetails,
  ActivationRequestAccepted,
  CodeExchanged,
  CompleteActivationBody,
} from '../shared/api-contract.ts';
import { formatActivationCode } from '../shared/activation-code.ts';
import { TOKEN_PATTERN } from '../shared/activation-link.ts';
import { SEED_PASSWORD_POLICY } from '../shared/password-policy.ts';
import { normaliseAnswer } from '../shared/security-questions.ts';
import { activationEmail } from './activation-email.ts';
import { policyViolations } from './activation-policy.ts';
import type { CodeAttempts } from './code-attempts.ts';
import { codeKey, codeSalt, openSealedToken, sameCheck, sealToken } from './code-sealing.ts';
import { securityQuestions } from './demo-accounts.ts';
import { hashSecret, hashToken, newToken, requestFingerprint, sameFingerprint } from './hashing.ts';
import type { Outbox } from './mailer.ts';
import { ApiProblem } from './problems.ts';
import type { ResendLimiter } from './resend-limiter.ts';
import type { State, Store } from './store.ts';

/**
 * Links of one account usable at once. Asking again does not void the link a person is using (anyone
 * who knows the IC number may ask); only beyond this many, a minute apart and each e-mailed to the
 * owner, does the oldest go. The activation voids them all.
 */
export const LINKS_KEPT = 5;

export interface Links {
  activationUrl(token: string): string;
  appUrl(token: string): string;
  loginUrl(): string;
}

export interface ActivationContext {
  readonly store: Store;
  readonly outbox: Outbox;
  readonly resendLimiter: ResendLimiter;
  readonly codeAttempts: CodeAttempts;
  /** A new short code, canonical (shared/activation-code.ts). */
  readonly newCode: () => string;
  readonly links: Links;
  readonly clock: () => Date;
  readonly tokenTtlSeconds: number;
  readonly rateLimitSeconds: number;
  /** Runs work after the response, so registered and unknown IC numbers answer alike. */
  readonly background: (task: () => Promise<void>) => void;
}

export function requestActivation(ctx: ActivationContext, icNumber: string): ActivationRequestAccepted {
  const now = ctx.clock();
  const wait = ctx.resendLimiter.hit(icNumber, now);
  if (wait > 0) {
    throw new ApiProblem(429, 'rate-limited', { retryAfterSeconds: wait, detail: `Wait ${wait} s before asking again for this IC number.` });
  }
  // Asking for a new e-mail is what lets a person who mistyped the code five times try again.
  ctx.codeAttempts.clear(icNumber);
  // Nothing on the answer's path depends on whether the IC number is registered: the lookup and
  // everything after it wait until the answer is written.
  ctx.background(() => issueAndSend(ctx, icNumber, now));
  return activationRequestAccepted.parse({
    status: 'accepted',
    expiresInSeconds: ctx.tokenTtlSeconds,
    retryAfterSeconds: ctx.rateLimitSeconds,
  });
}

/**
 * Saves a new link and e-mails it if the IC number is registered. The state is saved either way,
 * so the work left behind (most of it writing the state) is alike for registered and unknown IC
 * numbers, and a request sent right after one cannot tell them apart by its own timing.
 */
async function issueAndSend(ctx: ActivationContext, icNumber: string, now: Date) {
  const token = newToken();
  const code = ctx.newCode();
  // Sealed before the lookup, for unknown IC numbers too: the scrypt is most of the work left behind.
  const sealed = await sealToken(token, code, codeSalt(ctx.store.state.codeSalt, icNumber));
  const account = await ctx.store.update((draft) => {
    const found = draft.accounts.find((candidate) => candidate.icNumber === icNumber);
    if (!found) return undefined;
    const live = draft.tokens.filter(
      (older) => older.icNumber === icNumber && older.state === 'pending' && Date.parse(older.expiresAt) > now.getTime(),
    );
    for (const oldest of live.slice(0, Math.max(0, live.length - (LINKS_KEPT - 1)))) oldest.state = 'superseded';
    const expiresAt = new Date(now.getTime() + ctx.tokenTtlSeconds * 1000).toISOString();
    draft.tokens.push({ tokenHash: hashToken(token), icNumber, issuedAt: now.toISOString(), expiresAt, state: 'pending', ...sealed });
    return { name: found.name, email: found.email, active: found.status === 'active' };
  });
  if (!account) return;
  const links = { activationUrl: ctx.links.activationUrl(token), appUrl: ctx.links.appUrl(token), code: formatActivationCode(code) };
  const content = await activationEmail({
    name: account.name,
    ...links,
    loginUrl: ctx.links.loginUrl(),
    ttlSeconds: ctx.tokenTtlSeconds,
    alreadyActive: account.active,
  });
  await ctx.outbox.send({ toName: account.name, toAddress: account.email, ...content, ...links });
}

/**
 * The token's record and account if the link may be used now. A voided link answers link-used,
 * like a used one: both mean "this link is spent, ask for a new one".
 */
function usableLink(state: State, tokenHash: string, now: Date) {
  const token = state.tokens.find((candidate) => candidate.tokenHash === tokenHash);
  const account = token && state.accounts.find((candidate) => candidate.icNumber === token.icNumber);
  if (!token || !account) throw new ApiProblem(404, 'link-not-found');
  if (token.state !== 'pending') throw new ApiProblem(410, 'link-used');
  // Before expiry: the owner of an active account is better told that than asked to request again.
  if (account.status === 'active') throw new ApiProblem(409, 'already-active');
  if (Date.parse(token.expiresAt) <= now.getTime()) throw new ApiProblem(410, 'link-expired');
  return { token, account };
}

function hashOf(token: string): string {
  if (!TOKEN_PATTERN.test(token)) throw new ApiProblem(404, 'link-not-found');
  return hashToken(token);
}

export function openActivation(ctx: ActivationContext, token: string): ActivationDetails {
  const { token: link, account } = usableLink(ctx.store.state, hashOf(token), ctx.clock());
  const { icNumber, name, email, registeredAt } = account;
  return activationDetails.parse({
    profile: { icNumber, name, email, registeredAt },
    expiresAt: link.expiresAt,
    securityQuestions,
    passwordPolicy: SEED_PASSWORD_POLICY,
  });
}

/**
 * The token of the link whose e-mail carried `code` for this IC number. Every IC number, registered
 * or not, with links or not, costs the same: one scrypt, then a comparison with each of its links.
 * A wrong pair is link-not-found like an unknown link; expired or used only when the pair matches.
 */
export async function exchangeCode(ctx: ActivationContext, icNumber: string, code: string): Promise<CodeExchanged> {
  const now = ctx.clock();
  if (!ctx.codeAttempts.take(icNumber, now)) {
    const wait = Math.max(1, ctx.resendLimiter.waitFor(icNumber, now));
    throw new ApiProblem(429, 'rate-limited', { retryAfterSeconds: wait, detail: 'Too many wrong codes for this IC number; ask for a new e-mail.' });
  }
  const { check, key } = await codeKey(code, codeSalt(ctx.store.state.codeSalt, icNumber));
  // Read after the scrypt, with the clock: a link spent or expired meanwhile says so.
  const link = ctx.store.state.tokens.find((candidate) => candidate.icNumber === icNumber && candidate.codeCheck !== undefined && sameCheck(candidate.codeCheck, check));
  if (!link) throw new ApiProblem(404, 'link-not-found');
  ctx.codeAttempts.giveBack(icNumber);
  if (link.state !== 'pending') throw new ApiProblem(410, 'link-used');
  if (Date.parse(link.expiresAt) <= ctx.clock().getTime()) throw new ApiProblem(410, 'link-expired');
  const token = link.sealedToken === undefined ? null : openSealedToken(link.sealedToken, key);
  if (token === null) throw new Error('the sealed token of a live link does not open');
  return codeExchanged.parse({ token, expiresAt: link.expiresAt });
}

/** The stored answer when this key already completed this very request; a conflict when it was another. */
function replayOf(state: State, idempotencyKey: string, tokenHash: string, fingerprint: string) {
  const record = state.completions.find((candidate) => candidate.idempotencyKey === idempotencyKey);
  if (!record) return undefined;
  if (record.tokenHash !== tokenHash || !sameFingerprint(record.fingerprint, fingerprint)) {
    throw new ApiProblem(422, 'idempotency-conflict');
  }
  return record.response;
}

export async function completeActivation(
  ctx: ActivationContext,
  token: string,
  idempotencyKey: string,
  body: CompleteActivationBody,
): Promise<ActivationCompleted> {
  const now = ctx.clock();
  const tokenHash = hashOf(token);
  const canonical = JSON.stringify([body.password, body.securityAnswers.map((row) => [row.questionId, row.answer])]);
  const fingerprint = requestFingerprint(token, canonical);
  const replay = replayOf(ctx.store.state, idempotencyKey, tokenHash, fingerprint);
  if (replay) return replay;
  const { account } = usableLink(ctx.store.state, tokenHash, now);
  const violations = policyViolations(body, securityQuestions, account);
  if (violations.length > 0) throw new ApiProblem(422, 'policy-violation', { violations });
  const [passwordHash, securityAnswers] = await Promise.all([
    hashSecret(body.password),
    Promise.all(
      body.securityAnswers.map(async ({ questionId, answer }) => ({
        questionId,
        answerHash: await hashSecret(normaliseAnswer(answer)),
      })),
    ),
  ]);
  const response = activationCompleted.parse({ status: 'activated', loginUrl: ctx.links.loginUrl() });
  return ctx.store.update((draft) => {
    // Checked again: a request with the same token may have completed while this one was hashing.
    const replayed = replayOf(draft, idempotencyKey, tokenHash, fingerprint);
    if (replayed) return replayed;
    const { token: link, account } = usableLink(draft, tokenHash, now);
    link.state = 'used';
    for (const other of draft.tokens) if (other.icNumber === account.icNumber && other.state === 'pending') other.state = 'superseded';
    account.status = 'active';
    account.activatedAt = now.toISOString();
    account.passwordHash = passwordHash;
    account.securityAnswers = securityAnswers;
    draft.completions.push({ idempotencyKey, tokenHash, fingerprint, completedAt: now.toISOString(), response });
    return response;
  });
}
