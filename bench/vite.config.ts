// Build of the benchmark page (bench/page), a separate Vite input that uses the same src/scale
// modules as the app: `vite build --config bench/vite.config.ts` → node_modules/.cache/borderlines-bench/dist.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: resolve(here, 'page'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../node_modules/.cache/borderlines-bench/dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 3000,
  },
});
