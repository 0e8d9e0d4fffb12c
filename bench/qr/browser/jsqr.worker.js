// Namespace imports throughout: a candidate that is not installed becomes an empty module (resolve-from.ts).
import * as jsqr from 'jsqr';
import { serveDecoder } from './serve-decoder.js';

serveDecoder(async ({ data, width, height }) => jsqr.default(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null);
