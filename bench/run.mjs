// The portal's benchmark: page weight per route from the production build, and timings measured
// in Chromium against that build. Writes bench/results.json and prints a table.
// Run with `npm run bench` (it builds first).
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { measureRoutes } from './jsSize.mjs';
import { benchAnswerSave } from './answerSave.mjs';
import { benchTeamRollup } from './teamRollup.mjs';

const PORT = 4450;
const BASE = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
];

/** Goals per figure; `max` means lower is better. Routes without a listed goal have none. */
const goals = {
  'js_gzip_kb /': { max: 0 },
  'js_gzip_kb /backlog/': { max: 60 },
  'js_gzip_kb /governance/': { max: 60 },
  'js_gzip_kb /reports/': { max: 60 },
  'js_gzip_kb /reports/steering/': { max: 60 },
  'js_gzip_kb /assessment/': { max: 60 },
  'js_gzip_kb /assessment/answer/': { max: 60 },
  'js_gzip_kb /assessment/results/': { max: 60 },
  answer_save_ms_median: { max: 50 },
  backlog_import_10k_ms: { max: 2000 },
  backlog_import_vs_raw_bulkput: { max: 1.5 },
  backlog_sort_filter_10k_ms: { max: 50 },
  team_rollup_200_ms: { max: 100 },
};

async function waitForServer(url, attempts = 50) {
  for (let i = 0; i < attempts; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The site did not start at ${url}`);
}

const figures = await benchTeamRollup();
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
try {
  await waitForServer(`${BASE}/`);
  for (const row of measureRoutes(resolve('dist'))) {
    figures[`js_gzip_kb ${row.route}`] = row.js_gzip_kb;
    figures[`lazy_js_gzip_kb ${row.route}`] = row.lazy_js_gzip_kb;
    figures[`html_gzip_kb ${row.route}`] = row.html_gzip_kb;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    Object.assign(figures, await benchAnswerSave(await browser.newPage(), BASE));
    if (existsSync('bench/backlog.mjs')) {
      const { benchBacklog } = await import('./backlog.mjs');
      Object.assign(figures, await benchBacklog(await browser.newPage(), BASE));
    }
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}

const rows = Object.entries(figures).map(([name, value]) => {
  const goal = goals[name];
  const ratio = goal && goal.max > 0 ? Math.round((value / goal.max) * 100) / 100 : null;
  const met = goal ? value <= goal.max : null;
  return { name, value, goal: goal?.max ?? null, ratio_to_goal: ratio, met };
});
const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  note: 'js_gzip_kb counts the JavaScript a page loads before any interaction (gzip level 9); lazy_js_gzip_kb counts chunks loaded on demand (chart, Markdown, validators). Timings are medians in headless Chromium on this machine, except team_rollup_200_ms, which runs the roll-up code itself in Node (it is pure code with no page around it).',
  figures,
  goals: rows,
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.table(
  rows.map((row) => ({
    figure: row.name,
    value: row.value,
    goal: row.goal ?? '',
    ratio: row.ratio_to_goal ?? '',
    met: row.met ?? '',
  })),
);
