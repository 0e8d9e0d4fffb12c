// A Vite plugin that resolves bare imports from another folder's node_modules: the candidate
// decoders live in a scratch install (--from), not in the repo's dependencies.
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const resolveFrom = (from: string): Plugin => ({
  name: 'qr-resolve-from',
  async resolveId(source, importer, options) {
    if (source.startsWith('.') || source.startsWith('/') || source.startsWith('\0') || importer === undefined) return null;
    return this.resolve(source, join(from, 'package.json'), { ...options, skipSelf: true });
  },
});
