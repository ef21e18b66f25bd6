// An Astro integration: after the build, every page lists the chunks its islands import
// statically as <link rel="modulepreload">. Without it the browser finds them one level at a time
// (the island's script, then its imports, then theirs), a round trip each; with it they all
// download at once while the HTML is still being read. Chunks loaded through import() stay out.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunkGraph, entryScripts, htmlPages } from './chunkGraph.mjs';

/** The page with a modulepreload link before </head> for each static chunk it does not yet preload. */
export function withModulePreloads(html, distDir, base = '/') {
  const { initial } = chunkGraph(entryScripts(html, distDir, base));
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const links = initial
    .map((file) => `${prefix}${relative(distDir, file).split('\\').join('/')}`)
    .filter((href) => !html.includes(`rel="modulepreload" href="${href}"`))
    .sort()
    .map((href) => `<link rel="modulepreload" href="${href}">`)
    .join('');
  return links === '' ? html : html.replace('</head>', `${links}</head>`);
}

export function modulePreload() {
  let base = '/';
  return {
    name: 'portal:module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        let pages = 0;
        for (const page of htmlPages(distDir)) {
          const html = readFileSync(page, 'utf8');
          const preloaded = withModulePreloads(html, distDir, base);
          if (preloaded !== html) {
            writeFileSync(page, preloaded);
            pages += 1;
          }
        }
        logger.info(`module preloads added to ${pages} pages`);
      },
    },
  };
}
