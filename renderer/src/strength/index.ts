// The kiosk's strength service: a module worker bundled by Vite (same origin, so the CSP's
// script-src 'self' covers it and the chunks it imports).
import { createStrengthClient } from './client.ts';

export const strengthService = createStrengthClient(
  () => new Worker(new URL('./strength.worker.ts', import.meta.url), { type: 'module' }),
);
