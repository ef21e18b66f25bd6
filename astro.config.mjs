// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { modulePreload } from './src/build/modulePreload.mjs';
import { preloadHelper } from './src/build/preloadHelper.mjs';

// A static site: every page is HTML at build time; islands hydrate where interaction is needed.
// security.csp emits a Content-Security-Policy meta tag with hashes of every script and style
// Astro adds, so the pages run without 'unsafe-inline'.
// BASE_PATH serves the portal under a sub-path, e.g. BASE_PATH=/mlops-portal/ for
// https://intranet.example.org/mlops-portal/; every link, fetch and the service worker follow it.
const base = process.env.BASE_PATH ?? '/';

const RUNTIME =
  /node_modules[\\/](dexie|preact|nanostores|@nanostores)[\\/]|src[\\/](db[\\/](db|errors|live)|stores[\\/]save[\\/](saveState|live)|lib[\\/](ids|textLimits|exchange[\\/]settings)|components[\\/](urls|Loading|useLazy|LazyPart))\.tsx?$/;

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
    plugins: [
      preloadHelper(),
      {
        // The browser bundle leaves out Vite's list of what each import() needs: the site's own
        // integration (src/build/modulePreload.mjs) preloads what a page loads first, the service
        // worker holds every chunk after the first visit, and the lists cost every page bytes.
        name: 'portal:no-dynamic-preload-lists',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    // BUILD_SOURCEMAP=1 writes source maps, which bench/jsModules.mjs reads to say what each route loads.
    build: {
      sourcemap: process.env.BUILD_SOURCEMAP === '1',
      rollupOptions: {
        output: {
          // One chunk for what every interactive page runs first: the libraries and the few modules
          // of the portal's own that each of them opens with (the database, live queries, the save
          // state, links, deferred parts). Left to automatic splitting they become a dozen tiny files,
          // each compressed on its own, with import lists between them.
          codeSplitting: {
            groups: [{ name: 'runtime', test: RUNTIME }],
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
