import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../server/openapi.ts';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('is committed as generated, so the people running the real service read the current contract', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8'));
    expect(committed, 'docs/openapi.json is stale: run npm run openapi').toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('describes the three calls of contract v1 and the health check, with their statuses', () => {
    expect(Object.keys(document.paths)).toEqual(['/v1/health', '/v1/activation-requests', '/v1/activations/{token}']);
    expect(Object.keys(document.paths['/v1/activation-requests'].post.responses)).toEqual(['202', '400', '429', '503']);
    expect(Object.keys(document.paths['/v1/activations/{token}'].post.responses)).toContain('422');
  });

  it('tells the service how to ask kiosks for a pause: 503 with Retry-After on every call', () => {
    const { paths } = document;
    for (const operation of [paths['/v1/health'].get, paths['/v1/activation-requests'].post, paths['/v1/activations/{token}'].get, paths['/v1/activations/{token}'].post]) {
      expect(operation.responses['503'].headers).toHaveProperty('Retry-After');
    }
  });

  it('carries the schemas the code parses with', () => {
    const details = document.components.schemas.ActivationDetails as { required: string[] };
    expect(details.required).toEqual(['profile', 'expiresAt', 'securityQuestions', 'passwordPolicy']);
    const problem = document.components.schemas.Problem as { properties: { code: { enum: string[] } } };
    expect(problem.properties.code.enum).toContain('policy-violation');
  });
});
