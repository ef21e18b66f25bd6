// Checks a build made for a sub-path: every root-relative link, script, style and fetch in the
// built files must start with the base, or it would leave the portal when deployed there.
// Usage: BASE_PATH=/portal/ npm run build && node scripts/check-base.mjs dist /portal/
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [dir = 'dist', base = '/'] = process.argv.slice(2);
const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path]);
const routes = /"\/(assessment|backlog|governance|workspace|reports|sample|schema|_astro|icons|favicon|manifest)[^"]*"/g;
const problems = [];
for (const file of files(dir)) {
  if (!/\.(html|js|webmanifest)$/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:href|src|action)="(\/[^"]*)"/g))
    if (!match[1].startsWith(base)) problems.push(`${file}: ${match[1]}`);
  if (base !== '/') for (const match of text.matchAll(routes)) problems.push(`${file}: ${match[0]}`);
}
if (problems.length > 0) {
  console.error(`Links outside the base ${base}:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Every link in ${dir} stays under ${base}.`);
