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
    // One bundle on purpose: React, d3 and the map's TopoJSON (about 100 kB) load together.
    chunkSizeWarningLimit: 900,
    modulePreload: { polyfill: false },
  },
  // React's production build whatever NODE_ENV the build runs under (jest sets it to "test").
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', development: false } },
  logLevel: 'warn',
});
