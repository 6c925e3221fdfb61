import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The dashboard, built into dist/web and served by the gateway at `/` (src/http/dashboard.ts).
 * Everything is bundled: no CDN, no runtime request but GraphQL to /graphql.
 */
export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  build: {
    outDir: path.resolve(here, '../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    // The map's TopoJSON is bundled on purpose; keep it in its own chunk.
    chunkSizeWarningLimit: 900,
    modulePreload: { polyfill: false },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  logLevel: 'warn',
});
