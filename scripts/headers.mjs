// Writes dist/_headers (read by Netlify, Cloudflare Pages and similar hosts) and prints the same
// headers for any other server. The Content-Security-Policy is the one Astro puts in each page's
// meta tag, with the script and style hashes of every page joined, plus what only a header can
// say: frame-ancestors (no other site may frame the portal) and form-action.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path]);

const directives = new Map();
for (const file of files(dist).filter((path) => path.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  const policy = html.match(/http-equiv="content-security-policy" content="([^"]*)"/i)?.[1];
  if (!policy) continue;
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const known = directives.get(name) ?? new Set();
    sources.forEach((source) => known.add(source));
    directives.set(name, known);
  }
}
const policy = [
  "default-src 'self'",
  ...[...directives].map(([name, sources]) => `${name} ${[...sources].join(' ')}`),
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const headers = {
  'Content-Security-Policy': policy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
// The worker is checked for a new version on every visit, so it must never be served from a cache.
writeFileSync(join(dist, '_headers'), `${base}*\n${lines.join('\n')}\n${base}sw.js\n  Cache-Control: no-cache\n`);
console.log(`headers: wrote ${join(dist, '_headers')}`);
