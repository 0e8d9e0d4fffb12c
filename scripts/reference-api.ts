// Starts the reference activation API for `npm start` and `npm run start:browser`.
import { resolve } from 'node:path';
import { startActivationServer } from '../server/app.ts';

export async function startReferenceApi() {
  const dataDir = resolve(process.env.ACTIVATION_DATA_DIR ?? resolve(import.meta.dirname, '../.data/server'));
  const port = Number(process.env.PORT ?? 8787);
  try {
    return await startActivationServer({ dataDir, port, dev: true, log: (line) => console.log(`[api] ${line}`) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Stop the other program or choose another port: PORT=8788 npm start`
        : `The reference API could not start: ${(error as Error).message}`,
    );
    process.exit(1);
  }
}
