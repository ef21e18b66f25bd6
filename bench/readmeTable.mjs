// Renders the quality table of the README from bench/results.json, so the README always shows the
// figures of the last benchmark and cannot drift from them. `npm run bench` calls it; run
// `node bench/readmeTable.mjs` to redo it from the stored results alone.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- quality-table:start -->';
const END = '<!-- quality-table:end -->';

const seconds = (ms) => (ms / 1000).toFixed(1);

/** The Markdown table: one row per route and workspace state, with the route's JavaScript budget figure. */
export function renderQualityTable(results) {
  const lighthouse = results.lighthouse;
  if (!lighthouse) return '_No Lighthouse figures yet: run `npm run bench`._';
  const { goals } = lighthouse;
  const lines = [
    `Lighthouse ${lighthouse.version}, mobile (simulated slow 4G, 4× CPU slowdown) unless marked desktop; measured ${lighthouse.measuredAt.slice(0, 10)}.`,
    `Goals: performance ≥ ${goals.performance.min}, accessibility ${goals.accessibility.min}, best practices ${goals.best_practices.min}, CLS ≤ ${goals.cls.max} at both widths, JavaScript before interaction ≤ 55 KB gzipped (content pages: the service worker's registration only, ≤ 1 KB).`,
    '',
    '| Route | Workspace | Performance | Accessibility | Best practices | LCP (s) | TBT (ms) | CLS | CLS desktop | JS (KB gzip) | Goals met |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const row of lighthouse.rows) {
    const js = results.figures?.[`js_gzip_kb ${row.route}`];
    const jsGoal = results.goals?.find((goal) => goal.name === `js_gzip_kb ${row.route}`);
    const met = row.met && (jsGoal?.met ?? true);
    lines.push(
      `| \`${row.route}\` | ${row.state} | ${row.performance} | ${row.accessibility} | ${row.best_practices} | ${seconds(row.lcp_ms)} | ${row.tbt_ms} | ${row.cls} | ${row.cls_desktop} | ${js ?? '–'} | ${met ? 'yes' : '**no**'} |`,
    );
  }
  return lines.join('\n');
}

/** Replaces the text between the README's markers; returns the new README text. */
export function withQualityTable(readme, results) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers for the quality table`);
  return `${readme.slice(0, start + START.length)}\n${renderQualityTable(results)}\n${readme.slice(end)}`;
}

export function updateReadme(results, path = 'README.md') {
  writeFileSync(path, withQualityTable(readFileSync(path, 'utf8'), results));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  updateReadme(JSON.parse(readFileSync('bench/results.json', 'utf8')));
}
