// A small static file server for the built site, used by the end-to-end tests and the benchmark.
// Usage: node scripts/serve.mjs [dir=dist] [port=4329]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4329);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

// The headers the build writes for static hosts (dist/_headers), so tests run under the same
// Content-Security-Policy header a deployment sends, frame-ancestors included.
const headersFile = join(root, '_headers');
const siteHeaders = {};
if (existsSync(headersFile)) {
  for (const line of readFileSync(headersFile, 'utf8').split('\n').slice(1)) {
    if (!line.startsWith('  ')) break;
    const [name, ...value] = line.trim().split(': ');
    siteHeaders[name] = value.join(': ');
  }
}

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    const notFound = join(root, '404.html');
    response.writeHead(404, { 'Content-Type': types['.html'] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end('Not found');
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Compressed as any static host would serve text, so page weights and timings are realistic.
  const gzip =
    /^(text\/|application\/(json|manifest\+json)|image\/svg)/.test(type) &&
    /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    ...siteHeaders,
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  (gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(response);
}).listen(port, 'localhost', () => console.log(`Serving ${root} on http://localhost:${port}/`));
