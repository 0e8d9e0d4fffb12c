// `npm run openapi`: writes docs/openapi.json from the contract's zod schemas.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiDocument } from '../server/openapi.ts';

export const OPENAPI_PATH = resolve(import.meta.dirname, '../docs/openapi.json');

writeFileSync(OPENAPI_PATH, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`Wrote ${OPENAPI_PATH}`);
