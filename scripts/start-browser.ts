// `npm run start:browser`: the reference API plus the same renderer and the same handlers,
// served on a loopback address for any browser. For machines without the Electron binary and
// for UI work; never packaged.
import { resolve } from 'node:path';
import { loadConfig } from '../main/config.ts';
import { createKioskServices } from '../main/kiosk-services.ts';
import { startBrowserHost } from './browser-host.ts';
import { startReferenceApi } from './reference-api.ts';

const api = await startReferenceApi();
const configResult = loadConfig({ env: { ...process.env, ISPEKS_API_BASE_URL: api.url }, argv: process.argv.slice(2) });
if (!configResult.ok) {
  for (const p of configResult.problems) console.error(`Invalid configuration: ${p.field} (${p.source}) = ${p.value}: ${p.message}`);
  process.exit(2);
}
// A browser tab gets no deep links from the OS and cannot reach the system clipboard.
const services = createKioskServices({
  config: configResult.config,
  version: process.env.npm_package_version ?? 'dev',
  desktop: { openExternal: async (url) => console.log(`Log Masuk: the kiosk would open ${url} in the system browser.`) },
});
const host = await startBrowserHost({
  rendererDir: resolve(import.meta.dirname, '../out/renderer'),
  port: Number(process.env.ISPEKS_BROWSER_PORT ?? 5174),
  bridge: services,
});
console.log(`Reference API: ${api.url}  (emails land in ${api.outboxDir})`);
console.log(`Kiosk in your browser: ${host.url}`);
const stop = async () => {
  await host.close();
  await api.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
