// What a route's first download is made of: the JavaScript it loads before any interaction (as
// counted by jsSize.mjs), split by source module, in gzipped KB. Each chunk's gzipped size is
// shared among its modules in proportion to the minified bytes their source maps attribute to them.
// Usage: BUILD_SOURCEMAP=1 npx astro build --outDir /tmp/dist-map && node bench/jsModules.mjs /tmp/dist-map /governance/review/
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { measureRoutes } from './jsSize.mjs';

const name = (source) => (source ?? '(glue)').replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');

/** Minified bytes per source module in one chunk. */
function bytesBySource(code, map) {
  const lines = code.split('\n');
  const mappings = [];
  new SourceMapConsumer(map).eachMapping((mapping) => mappings.push(mapping));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const bytes = new Map();
  mappings.forEach((mapping, index) => {
    const next = mappings[index + 1];
    const end =
      next && next.generatedLine === mapping.generatedLine ? next.generatedColumn : lines[mapping.generatedLine - 1].length;
    bytes.set(name(mapping.source), (bytes.get(name(mapping.source)) ?? 0) + end - mapping.generatedColumn);
  });
  return bytes;
}

export function modulesOfRoute(distDir, route) {
  const row = measureRoutes(distDir).find((candidate) => candidate.route === route);
  if (!row) throw new Error(`No route ${route} in ${distDir}`);
  const totals = new Map();
  for (const file of row.files) {
    const code = readFileSync(`${distDir}/${file}`, 'utf8');
    const gzipped = gzipSync(code, { level: 9 }).length;
    const mapFile = `${distDir}/${file}.map`;
    const bytes = existsSync(mapFile) ? bytesBySource(code, JSON.parse(readFileSync(mapFile, 'utf8'))) : new Map([[file, 1]]);
    const sum = [...bytes.values()].reduce((a, b) => a + b, 0);
    for (const [source, count] of bytes) totals.set(source, (totals.get(source) ?? 0) + (count / sum) * gzipped);
  }
  return {
    total: row.js_gzip_kb,
    modules: [...totals].map(([source, size]) => ({ source, kb: size / 1024 })).sort((a, b) => b.kb - a.kb),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [distDir = 'dist', route = '/'] = process.argv.slice(2);
  const { total, modules } = modulesOfRoute(distDir, route);
  console.log(`${route}: ${total} KB gzipped before interaction (inline scripts included)`);
  for (const { source, kb } of modules) if (kb >= 0.1) console.log(`${kb.toFixed(1).padStart(6)}  ${source}`);
}
