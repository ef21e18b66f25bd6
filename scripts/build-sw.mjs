// Generates the service worker over the built site (run by `npm run build` after `astro build`).
// Every file of dist/ is precached, the lazy chunks included, so after one visit the whole portal
// opens and works without a network. URLs stay relative to the worker, so the same files work
// at the root of a host or under any sub-path.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';

const dist = resolve(process.argv[2] ?? 'dist');

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,mjs,css,svg,png,ico,json,webmanifest,txt,csv,woff2}'],
  // The README's screenshot ships in public/ but is no part of the portal.
  globIgnores: ['sw.js', 'workbox-*.js', 'screenshot-*.png'],
  swDest: resolve(dist, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // The largest lazy chunk is a few hundred kilobytes; keep the whole site, never a part of it.
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
  // Pages take their record from the query (?id=…): every query maps to the same cached page.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  navigateFallback: existsSync(resolve(dist, '404.html')) ? '404.html' : undefined,
  // A new version waits until the person chooses to reload (the page offers it), so it never
  // replaces the running portal in the middle of an edit.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached (${Math.round(size / 1024)} KB)`);
