// The OpenAPI 3.1 document of contract v1, generated from the same zod schemas both sides parse
// with, for the people who run the real hosted service.
import { z } from 'zod';
import {
  activationCompleted,
  activationDetails,
  activationRequestAccepted,
  activationRequestBody,
  completeActivationBody,
  problem,
  serviceHealth,
} from '../shared/api-contract.ts';

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

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'iSPEKS hosted activation API',
      version: '1.0.0',
      description:
        'Contract v1 between the iSPEKS Activation Kiosk and the hosted activation service. Generated from shared/api-contract.ts; do not edit by hand (npm run openapi).',
    },
    paths: {
      '/v1/health': {
        get: {
          summary: 'Tell whether the service can be reached',
          description: 'Cheap and without personal data: kiosks poll it while the start screen says the service cannot be reached.',
          responses: {
            '200': { description: 'The service is up.', content: json('ServiceHealth') },
            '503': unavailable,
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
            '429': { ...problemResponse('Asked again too soon for this IC number (code rate-limited).'), headers: retryAfter },
            '503': unavailable,
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
            '404': problemResponse('Unknown link (code link-not-found).'),
            '409': problemResponse('The account is already active (code already-active).'),
            '410': problemResponse('The link has expired or was used or replaced (code link-expired, link-used).'),
            '503': unavailable,
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
            '422': problemResponse('Every violated rule in `violations` (code policy-violation), or a reused key (idempotency-conflict).'),
            '429': { ...problemResponse('Too many attempts (code rate-limited).'), headers: retryAfter },
            '503': unavailable,
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
        ServiceHealth: schema(serviceHealth),
        Problem: schema(problem),
      },
    },
  };
}
