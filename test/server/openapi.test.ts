import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../../server/address-limits.ts';
import { buildOpenApiDocument } from '../../server/openapi.ts';
import { REQUEST_BODY_LIMIT_BYTES } from '../../shared/api-contract.ts';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('is committed as generated, so the people running the real service read the current contract', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8'));
    expect(committed, 'docs/openapi.json is stale: run npm run openapi').toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('describes the four calls of contract v1 and the health check, with every status each can give', () => {
    const { paths } = document;
    expect(Object.keys(paths)).toEqual(['/v1/health', '/v1/activation-requests', '/v1/activation-codes/exchange', '/v1/activations/{token}']);
    const statuses = (operation: { responses: object }) => Object.keys(operation.responses);
    expect(statuses(paths['/v1/health'].get)).toEqual(['200', '400', '408', '429', '431', '500', '503']);
    expect(statuses(paths['/v1/activation-requests'].post)).toEqual(['202', '400', '408', '413', '415', '429', '431', '500', '503']);
    expect(statuses(paths['/v1/activation-codes/exchange'].post)).toEqual(['200', '400', '404', '408', '410', '413', '415', '429', '431', '500', '503']);
    expect(statuses(paths['/v1/activations/{token}'].get)).toEqual(['200', '400', '404', '408', '409', '410', '414', '429', '431', '500', '503']);
    expect(statuses(paths['/v1/activations/{token}'].post)).toEqual([
      '200', '400', '404', '408', '409', '410', '413', '414', '415', '422', '429', '431', '500', '503',
    ]);
  });

  it('says what the limits are: the body size, the requests per address and overall, and 405 for a wrong method', () => {
    const { description } = document.info;
    expect(description).toContain(`${REQUEST_BODY_LIMIT_BYTES} bytes`);
    expect(description).toMatch(/405/);
    expect(description).toContain(`${DEFAULT_RATE_LIMITS.requestsPerAddress} activation requests per client address`);
    expect(description).toContain(`${DEFAULT_RATE_LIMITS.callsPerAddress} other calls per client address`);
    expect(description).toContain(`${DEFAULT_RATE_LIMITS.exchangesPerAddress} code exchanges per client address`);
    expect(description).toContain('after 5 wrong codes for one IC number');
    expect(document.paths['/v1/activation-requests'].post.responses['413'].description).toContain(`${REQUEST_BODY_LIMIT_BYTES} bytes`);
  });

  it('tells the service how to ask kiosks for a pause: 503 with Retry-After on every call', () => {
    const { paths } = document;
    for (const operation of [paths['/v1/health'].get, paths['/v1/activation-requests'].post, paths['/v1/activation-codes/exchange'].post, paths['/v1/activations/{token}'].get, paths['/v1/activations/{token}'].post]) {
      expect(operation.responses['503'].headers).toHaveProperty('Retry-After');
    }
  });

  it('carries the schemas the code parses with', () => {
    const details = document.components.schemas.ActivationDetails as { required: string[] };
    expect(details.required).toEqual(['profile', 'expiresAt', 'securityQuestions', 'passwordPolicy']);
    const problem = document.components.schemas.Problem as { properties: { code: { enum: string[] } } };
    expect(problem.properties.code.enum).toContain('policy-violation');
    const exchange = document.components.schemas.CodeExchangeBody as { required: string[]; additionalProperties: boolean };
    expect(exchange).toMatchObject({ required: ['icNumber', 'code'], additionalProperties: false });
  });
});
