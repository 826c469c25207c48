// Builds the web UI (ui/) into dist/ui/, the static files `attache serve` serves at `/`.
// Everything is bundled from npm packages: the page loads nothing from another origin, so it
// runs under the server's Content-Security-Policy `default-src 'self'`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/ui', import.meta.url)),
    emptyOutDir: true,
    // The map's country shapes (world-atlas) are a JSON asset, not inlined as a data: URL,
    // which the CSP's default-src 'self' would refuse.
    assetsInlineLimit: 0,
    // The modulepreload polyfill would be bundled anyway; no inline script is ever emitted.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  // `npm run dev:ui` serves the sources with live reload; the API comes from `attache serve` on its default port.
  server: { proxy: { '/api': process.env.ATTACHE_API ?? 'http://127.0.0.1:8080' } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
