// The kiosk's QR scanner: a module worker bundled by Vite (same origin), started by the first frame
// the scan view hands it, which is also when its decoder is fetched.
import { createQrScanner } from './client.ts';

export const qrScanner = createQrScanner(() => new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' }));
