// The OpenAPI 3.1 document of contract v1, generated from the same zod schemas both sides parse
// with, for the people who run the real hosted service.
import { z } from 'zod';
import {
  activationCompleted,
  activationDetails,
  activationRequestAccepted,
  activationRequestBody,
  codeExchangeBody,
  codeExchanged,
  completeActivationBody,
  problem,
  REQUEST_BODY_LIMIT_BYTES,
  serviceHealth,
} from '../shared/api-contract.ts';
import { DEFAULT_RATE_LIMITS } from './address-limits.ts';
import { WRONG_CODES_ALLOWED } from './code-attempts.ts';
import { DEFAULT_RESEND_SECONDS } from './resend-limiter.ts';

const schema = (zodSchema: z.ZodType) => {
  const jsonSchema = z.toJSONSchema(zodSchema, { io: 'input' }) as Record<string, unknown>;
  delete jsonSchema.$schema; // the document as a whole declares its dialect
  return jsonSchema;
};
const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const tokenParameter = {
  name: 'token',
  in: 'path',
  required: true,
  description: 'The token from the activation link (43 characters, base64url).',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{32,128}$' },
};
const retryAfter = { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } } };
const unavailable = {
  description:
    'Overloaded or down for maintenance; nothing was done. Send Retry-After: the kiosk waits up to 10 s by itself and shows longer waits to the person.',
  headers: retryAfter,
};

// What any request can meet before its operation runs, or when the service fails.
const everywhere = {
  '408': problemResponse('The request did not arrive in time (code invalid-request).'),
  '431': problemResponse('The request headers are too large (code invalid-request).'),
  '500': problemResponse('An unexpected failure; nothing about it is said (code internal).'),
  '503': unavailable,
};
const malformed = (what: string) => problemResponse(`${what} (code invalid-request).`);
const tooLarge = problemResponse(`The body is larger than ${REQUEST_BODY_LIMIT_BYTES} bytes (code invalid-request).`);
const notJson = problemResponse('The body is not application/json (code invalid-request).');
const tooLong = problemResponse('The token in the URL is too long to be one (code invalid-request).');
const limited = (what: string) => ({ ...problemResponse(`${what} (code rate-limited).`), headers: retryAfter });

const limits = DEFAULT_RATE_LIMITS;
const DESCRIPTION = [
  'Contract v1 between the iSPEKS Activation Kiosk and the hosted activation service. Generated from shared/api-contract.ts; do not edit by hand (npm run openapi).',
  'Every error is application/problem+json (RFC 9457) with a `code` from the Problem schema, and repeats nothing of the request.',
  `A request body is JSON in UTF-8 (RFC 8259), at most ${REQUEST_BODY_LIMIT_BYTES} bytes; bytes that are not UTF-8 and \\u escapes of unpaired surrogates are 400 invalid-request.`,
  'A path of the API asked with a method it does not take answers 405 with Allow; any other path answers 404.',
  `Limits (the reference server's defaults; each is configurable): ${limits.requestsPerAddress} activation requests per client address and ${limits.requestsOverall} from all addresses together in ${limits.windowSeconds} s;`,
  `${limits.exchangesPerAddress} code exchanges per client address in ${limits.windowSeconds} s; ${limits.callsPerAddress} other calls per client address in ${limits.windowSeconds} s;`,
  `one activation request per IC number in ${DEFAULT_RESEND_SECONDS} s; after ${WRONG_CODES_ALLOWED} wrong codes for one IC number, its codes stop working until a new e-mail is asked for.`,
  'Beyond a limit the answer is 429 rate-limited with Retry-After, and nothing is done.',
].join(' ');

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'iSPEKS hosted activation API',
      version: '1.0.0',
      description: DESCRIPTION,
    },
    paths: {
      '/v1/health': {
        get: {
          summary: 'Tell whether the service can be reached',
          description: 'Cheap and without personal data: kiosks poll it while the start screen says the service cannot be reached.',
          responses: {
            '200': { description: 'The service is up.', content: json('ServiceHealth') },
            '400': malformed('A request HTTP cannot parse'),
            '429': limited('Too many calls from this address'),
            ...everywhere,
          },
        },
      },
      '/v1/activation-requests': {
        post: {
          summary: 'E-mail an activation link to the official e-mail of this IC number',
          description: 'Answers 202 whether or not the IC number is registered, so it cannot be used to find out who is.',
          requestBody: { required: true, content: json('ActivationRequestBody') },
          responses: {
            '202': { description: 'Accepted; if registered, an e-mail is on its way.', content: json('ActivationRequestAccepted') },
            '400': problemResponse('Malformed request or IC number (code invalid-request, invalid-ic-number).'),
            '413': tooLarge,
            '415': notJson,
            '429': limited('Asked again too soon for this IC number, or too many requests from this address or overall'),
            ...everywhere,
          },
        },
      },
      '/v1/activation-codes/exchange': {
        post: {
          summary: "Exchange the e-mail's short code for the token of its link",
          description: [
            'For a person who cannot click or copy the link (a counter kiosk, the e-mail on a phone): the IC number and the 8-character code the e-mail shows as XXXX-XXXX, both canonical.',
            'Does not consume the link: the token is then read and completed with /v1/activations/{token} as any link.',
            'A wrong pair, an unknown IC number and an unknown code answer the same 404, in the same time.',
            `After ${WRONG_CODES_ALLOWED} wrong codes for one IC number (registered or not) its codes answer 429 until a new e-mail is asked for; the links themselves keep working.`,
          ].join(' '),
          requestBody: { required: true, content: json('CodeExchangeBody') },
          responses: {
            '200': { description: "The token of the code's link and when it expires.", content: json('CodeExchanged') },
            '400': problemResponse('Malformed request, e.g. `{}` or a code not in canonical form (code invalid-request), or an IC number that cannot be one (invalid-ic-number).'),
            '404': problemResponse('No link of this IC number has this code, or the IC number is not registered (code link-not-found).'),
            '410': problemResponse("The code's link has expired, was used, or was voided by the activation or by newer links (code link-expired, link-used)."),
            '413': tooLarge,
            '415': notJson,
            '429': limited(
              `${WRONG_CODES_ALLOWED} wrong codes for this IC number (Retry-After: until a new e-mail may be asked for), or too many exchanges from this address`,
            ),
            ...everywhere,
          },
        },
      },
      '/v1/activations/{token}': {
        parameters: [tokenParameter],
        get: {
          summary: 'Read the activation behind a link',
          description: 'Does not consume the link: mail scanners open links before people do.',
          responses: {
            '200': { description: 'The profile, the security questions and the password policy.', content: json('ActivationDetails') },
            '400': malformed('A URL that cannot be decoded'),
            '404': problemResponse('Unknown link (code link-not-found).'),
            '409': problemResponse('The account is already active (code already-active).'),
            '410': problemResponse('The link has expired, was used, or was voided by the activation or by newer links (code link-expired, link-used).'),
            '414': tooLong,
            '429': limited('Too many calls from this address'),
            ...everywhere,
          },
        },
        post: {
          summary: 'Complete the activation: security answers and password',
          description: 'Consumes the link. A retry with the same Idempotency-Key and body gets the same answer.',
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', format: 'uuid' } }],
          requestBody: { required: true, content: json('CompleteActivationBody') },
          responses: {
            '200': { description: 'Activated.', content: json('ActivationCompleted') },
            '400': problemResponse('Malformed request or missing Idempotency-Key (code invalid-request).'),
            '404': problemResponse('Unknown link (code link-not-found).'),
            '409': problemResponse('The account is already active (code already-active).'),
            '410': problemResponse('The link has expired or was used (code link-expired, link-used).'),
            '413': tooLarge,
            '414': tooLong,
            '415': notJson,
            '422': problemResponse('Every violated rule in `violations` (code policy-violation), or a reused key (idempotency-conflict).'),
            '429': limited('Too many calls from this address'),
            ...everywhere,
          },
        },
      },
    },
    components: {
      schemas: {
        ActivationRequestBody: schema(activationRequestBody),
        ActivationRequestAccepted: schema(activationRequestAccepted),
        ActivationDetails: schema(activationDetails),
        CompleteActivationBody: schema(completeActivationBody),
        ActivationCompleted: schema(activationCompleted),
        CodeExchangeBody: schema(codeExchangeBody),
        CodeExchanged: schema(codeExchanged),
        ServiceHealth: schema(serviceHealth),
        Problem: schema(problem),
      },
    },
  };
}
