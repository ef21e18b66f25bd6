// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// A static site: every page is HTML at build time; islands hydrate where interaction is needed.
// security.csp emits a Content-Security-Policy meta tag with hashes of every script and style
// Astro adds, so the pages run without 'unsafe-inline'.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [preact()],
  security: { csp: true },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Astro renders no Markdown of its own here; turning highlighting off keeps every page CSP-clean.
  markdown: { syntaxHighlight: false },
});
