import jsQR from 'jsqr';
import { serveDecoder } from './serve-decoder.js';

serveDecoder(async ({ data, width, height }) => jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null);
