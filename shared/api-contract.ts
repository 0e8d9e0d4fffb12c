// Contract v1 of the hosted activation API (docs/architecture.md): the one definition both the kiosk's
// client and the reference server parse with.
import { z } from 'zod';
import { ACTIVATION_CODE_ALPHABET, ACTIVATION_CODE_LENGTH } from './activation-code.ts';
import { TOKEN_PATTERN } from './activation-link.ts';
import { IC_NUMBER_DIGITS } from './ic-number.ts';
import { REQUIRED_SECURITY_QUESTIONS } from './answer-form.ts';

export const API_VERSION_PREFIX = '/v1';

export const problemCodes = [
  'invalid-request',
  'invalid-ic-number',
  'rate-limited',
  'link-not-found',
  'link-expired',
  'link-used',
  'already-active',
  'policy-violation',
  'idempotency-conflict',
  'internal',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

const isoTimestamp = z.iso.datetime({ offset: true });
const token = z.string().regex(TOKEN_PATTERN);
/** 12 digits, as the kiosk sends it once parsed (shared/ic-number.ts). */
const icNumber = z.string().regex(new RegExp(`^[0-9]{${IC_NUMBER_DIGITS}}$`));

export const activationRequestBody = z.strictObject({
  icNumber,
});
export type ActivationRequestBody = z.infer<typeof activationRequestBody>;

export const activationRequestAccepted = z.object({
  status: z.literal('accepted'),
  expiresInSeconds: z.number().int().positive(),
  retryAfterSeconds: z.number().int().nonnegative(),
});
export type ActivationRequestAccepted = z.infer<typeof activationRequestAccepted>;

export const securityQuestion = z.object({
  id: z.string().min(1).max(64),
  text: z.object({ ms: z.string().min(1).max(300), en: z.string().min(1).max(300) }),
});

export const passwordPolicy = z.object({
  minLength: z.number().int().min(1).max(1024),
  maxLength: z.number().int().min(1).max(1024),
  lowercase: z.boolean(),
  uppercase: z.boolean(),
  digit: z.boolean(),
  special: z.boolean(),
});

export const profile = z.object({
  icNumber,
  name: z.string().min(1).max(200),
  email: z.email().max(254),
  registeredAt: isoTimestamp,
});
export type Profile = z.infer<typeof profile>;

export const activationDetails = z.object({
  profile,
  expiresAt: isoTimestamp,
  securityQuestions: z.array(securityQuestion).min(REQUIRED_SECURITY_QUESTIONS).max(50),
  passwordPolicy,
});
export type ActivationDetails = z.infer<typeof activationDetails>;

/** The largest request body the API reads. */
export const REQUEST_BODY_LIMIT_BYTES = 16 * 1024;

// Loose enough that a broken rule is a 422 naming it (answers: 40 characters once normalised;
// passwords: 128), tight enough that the largest body they allow fits REQUEST_BODY_LIMIT_BYTES
// even with every character a six-byte \u escape: 11,711 bytes.
export const securityAnswer = z.strictObject({
  questionId: z.string().min(1).max(64),
  answer: z.string().max(100),
});

export const completeActivationBody = z.strictObject({
  securityAnswers: z.array(securityAnswer).max(10),
  password: z.string().max(256),
});
export type CompleteActivationBody = z.infer<typeof completeActivationBody>;

export const activationCompleted = z.object({
  status: z.literal('activated'),
  loginUrl: z.url({ protocol: /^https?$/ }),
});
export type ActivationCompleted = z.infer<typeof activationCompleted>;

export const violation = z.object({
  field: z.string().max(100),
  rule: z.string().max(100),
});
export type Violation = z.infer<typeof violation>;

/** RFC 9457 problem details, with this API's machine `code`. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(problemCodes),
  detail: z.string().optional(),
  violations: z.array(violation).max(50).optional(),
});
export type Problem = z.infer<typeof problem>;

export const tokenSchema = token;

/** `GET /v1/health`: a cheap call the kiosk polls to tell whether the service can be reached. */
export const serviceHealth = z.object({ status: z.literal('ok') });
export type ServiceHealth = z.infer<typeof serviceHealth>;

export const apiPaths = {
  health: `${API_VERSION_PREFIX}/health`,
  activationRequests: `${API_VERSION_PREFIX}/activation-requests`,
  activation: (activationToken: string) => `${API_VERSION_PREFIX}/activations/${activationToken}`,
  codeExchange: `${API_VERSION_PREFIX}/activation-codes/exchange`,
} as const;

/**
 * `POST /v1/activation-codes/exchange`: the IC number and the e-mail's short code, in canonical form
 * (shared/activation-code.ts), for the token of the same activation. It does not consume the link.
 */
export const codeExchangeBody = z.strictObject({
  icNumber,
  code: z.string().regex(new RegExp(`^[${ACTIVATION_CODE_ALPHABET}]{${ACTIVATION_CODE_LENGTH}}$`)),
});
export type CodeExchangeBody = z.infer<typeof codeExchangeBody>;

export const codeExchanged = z.object({ token, expiresAt: isoTimestamp });
export type CodeExchanged = z.infer<typeof codeExchanged>;
