// Measures the JavaScript each built page loads before any interaction: the module scripts and
// island components named in the HTML, followed through their static imports. Chunks reached only
// through dynamic import() (the chart, the Markdown renderer) are reported apart as lazy.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkGraph, entryScripts, htmlPages } from '../src/build/chunkGraph.mjs';

function gzipKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

export function measureRoutes(distDir) {
  return htmlPages(distDir)
    .map((file) => {
      const route = `/${relative(distDir, dirname(file))}/`.replace(/\/+/g, '/');
      const html = readFileSync(file, 'utf8');
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
      const { initial, lazy } = chunkGraph(entryScripts(html, distDir));
      const round = (value) => Math.round(value * 10) / 10;
      return {
        route,
        js_gzip_kb: round(
          initial.reduce((sum, f) => sum + gzipKb(f), 0) + (gzipSync(inlineScripts).length / 1024) * (inlineScripts ? 1 : 0),
        ),
        lazy_js_gzip_kb: round(lazy.reduce((sum, f) => sum + gzipKb(f), 0)),
        html_gzip_kb: round(gzipKb(file)),
        files: initial.map((f) => relative(distDir, f)),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of measureRoutes(resolve('dist')))
    console.log(row.route, row.js_gzip_kb, 'lazy', row.lazy_js_gzip_kb, row.files.join(' '));
}
