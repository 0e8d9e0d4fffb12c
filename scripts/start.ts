// `npm start`: the reference API on loopback and the Electron kiosk against it, in demo mode.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { startReferenceApi } from './reference-api.ts';

// The electron package resolves to the binary's path, downloading it on first use.
let electronPath: string;
try {
  electronPath = createRequire(import.meta.url)('electron') as string;
} catch (error) {
  console.error(`The Electron binary is not available (${(error as Error).message}).`);
  console.error('On a machine without it, run the same kiosk in a browser: npm run start:browser');
  process.exit(1);
}

const api = await startReferenceApi();
console.log(`Reference API: ${api.url}  (emails land in ${api.outboxDir})`);

const kiosk = spawn(electronPath, [resolve(import.meta.dirname, '..'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ISPEKS_API_BASE_URL: api.url },
});
const stop = async (code: number) => {
  await api.close();
  process.exit(code);
};
kiosk.on('exit', (code) => void stop(code ?? 0));
kiosk.on('error', (error) => {
  console.error(`The Electron binary could not start (${error.message}). Without it, use: npm run start:browser`);
  void stop(1);
});
process.on('SIGINT', () => kiosk.kill('SIGINT'));
process.on('SIGTERM', () => kiosk.kill('SIGTERM'));
