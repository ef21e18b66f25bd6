// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { modulePreload } from './src/build/modulePreload.mjs';

// A static site: every page is HTML at build time; islands hydrate where interaction is needed.
// security.csp emits a Content-Security-Policy meta tag with hashes of every script and style
// Astro adds, so the pages run without 'unsafe-inline'.
// BASE_PATH serves the portal under a sub-path, e.g. BASE_PATH=/mlops-portal/ for
// https://intranet.example.org/mlops-portal/; every link, fetch and the service worker follow it.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'always',
  integrations: [preact(), modulePreload()],
  security: { csp: true },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Astro renders no Markdown of its own here; turning highlighting off keeps every page CSP-clean.
  markdown: { syntaxHighlight: false },
  vite: {
    // BUILD_SOURCEMAP=1 writes source maps, which bench/jsModules.mjs reads to say what each route loads.
    build: {
      sourcemap: process.env.BUILD_SOURCEMAP === '1',
      rollupOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'runtime', test: /node_modules[\\/](dexie|preact|nanostores|@nanostores)[\\/]/ }],
          },
        },
      },
    },
    resolve: {
      // Dexie's package entry wraps its UMD build (to guard Node against two copies); the browser
      // bundle takes the ES module build for modern browsers instead, which is smaller.
      alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
    },
  },
});
