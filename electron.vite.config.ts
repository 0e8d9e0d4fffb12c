import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { prerenderFirstScreen } from './scripts/prerender.ts';

// Main and preload are bundled whole, so the packaged asar holds only out/ (no node_modules).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'preload/index.ts') },
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), prerenderFirstScreen(resolve(import.meta.dirname, 'renderer'))],
    // The strength worker is an ES module, so the zxcvbn engine and dictionaries it imports stay a chunk of their own.
    worker: { format: 'es' },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
