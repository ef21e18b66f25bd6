// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

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
  integrations: [preact()],
  security: { csp: true },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Astro renders no Markdown of its own here; turning highlighting off keeps every page CSP-clean.
  markdown: { syntaxHighlight: false },
});
