// The JavaScript a built page loads: its module scripts and island components, followed through
// their static imports, and apart from those the chunks reached only through import(). Shared by
// the build (which preloads a page's static chunks) and the benchmark (which weighs them). Plain
// JavaScript, as both run it in Node on the built files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const staticImport = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const dynamicImport = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Every page of a built site (its index.html files). */
export function htmlPages(distDir) {
  return readdirSync(distDir).flatMap((name) => {
    const path = join(distDir, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name === 'index.html' ? [path] : [];
  });
}

/**
 * Files named by a page's script tags, module preloads and island attributes: site-absolute URLs
 * under `base` (the path the site is served from), as files in `distDir`.
 */
export function entryScripts(html, distDir, base = '/') {
  const urls = new Set();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) urls.add(match[1]);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return [...urls].filter((url) => url.startsWith(prefix)).map((url) => join(distDir, url.slice(prefix.length)));
}

/** `initial`: the entries and everything they import statically; `lazy`: what only import() reaches. */
export function chunkGraph(entries) {
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
