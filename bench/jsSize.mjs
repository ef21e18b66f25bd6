// Measures the JavaScript each built page loads before any interaction: the module scripts and
// island components named in the HTML, followed through their static imports. Chunks reached only
// through dynamic import() (the chart, the Markdown renderer) are reported apart as lazy.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const staticImport = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const dynamicImport = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function gzipKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

function entryScripts(html, distDir) {
  const urls = new Set();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) urls.add(match[1]);
  return [...urls].filter((url) => url.startsWith('/')).map((url) => join(distDir, url));
}

function walk(entries) {
  const seen = new Set();
  const lazy = new Set();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(staticImport)) stack.push(resolve(dirname(file), match[1]));
    for (const match of code.matchAll(dynamicImport)) lazy.add(resolve(dirname(file), match[1]));
  }
  const lazyOnly = new Set();
  const lazyStack = [...lazy].filter((file) => !seen.has(file));
  while (lazyStack.length > 0) {
    const file = lazyStack.pop();
    if (seen.has(file) || lazyOnly.has(file)) continue;
    lazyOnly.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(staticImport)) lazyStack.push(resolve(dirname(file), match[1]));
    // A lazy chunk may fetch further chunks on demand (the chart code of a deferred chart).
    for (const match of code.matchAll(dynamicImport)) lazyStack.push(resolve(dirname(file), match[1]));
  }
  return { initial: [...seen], lazy: [...lazyOnly] };
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });
}

export function measureRoutes(distDir) {
  return htmlFiles(distDir)
    .map((file) => {
      const route = `/${relative(distDir, dirname(file))}/`.replace(/\/+/g, '/');
      const html = readFileSync(file, 'utf8');
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
      const { initial, lazy } = walk(entryScripts(html, distDir));
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
