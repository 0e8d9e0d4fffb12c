// A Vite plugin that resolves bare imports from another folder's node_modules first: the candidate
// decoders live in a scratch install (--from), not in the repo's dependencies. A package found in
// neither place becomes a module that throws when loaded, so one missing candidate fails its own
// worker, not the whole build.
import { join } from 'node:path';
import type { Plugin } from 'vite';

const MISSING = '\0qr-missing:';

export const resolveFrom = (from: string): Plugin => ({
  name: 'qr-resolve-from',
  async resolveId(source, importer, options) {
    if (source.startsWith('.') || source.startsWith('/') || source.startsWith('\0') || importer === undefined) return null;
    const found = (await this.resolve(source, join(from, 'package.json'), { ...options, skipSelf: true })) ?? (await this.resolve(source, importer, { ...options, skipSelf: true }));
    return found ?? `${MISSING}${source}`;
  },
  load(id) {
    if (!id.startsWith(MISSING)) return null;
    // Import it as a namespace (or its default): loading it throws.
    return `throw new Error(${JSON.stringify(`${id.slice(MISSING.length)} is not installed`)});\nexport default {};`;
  },
});
