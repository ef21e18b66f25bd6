// The portal's benchmark: page weight per route from the production build, timings measured in
// Chromium against that build, and Lighthouse scores per route. Writes bench/results.json, prints
// tables and refreshes the README's quality table from the results.
// Run with `npm run bench` (it builds first); `npm run bench -- --only lighthouse` (or `size`,
// `timings`, comma-separated) runs some parts and keeps the other parts' last figures;
// `--runs 5` sets the number of mobile Lighthouse runs per route and state (3 by default).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { measureRoutes } from './jsSize.mjs';
import { returningVisitorPage } from './browser.mjs';
import { benchAnswerSave } from './answerSave.mjs';
import { benchTeamRollup } from './teamRollup.mjs';
import { updateReadme } from './readmeTable.mjs';

const PARTS = ['size', 'timings', 'lighthouse'];
const PORT = Number(process.env.BENCH_PORT ?? 4450);
const BASE = `http://localhost:${PORT}`;
const RESULTS = 'bench/results.json';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
];

/** Interactive pages load at most this much gzipped JavaScript before any interaction. */
const JS_BUDGET_KB = 55;

/** Goals per figure; `max` means lower is better. Figures without a listed goal have none. */
const goals = {
  // Content pages carry only the service worker's registration: an offline-capable site registers
  // it on whichever page a person lands on, from a bundled script (the CSP allows no inline one).
  'js_gzip_kb /': { max: 1 },
  'js_gzip_kb /assessment/': { max: JS_BUDGET_KB },
  'js_gzip_kb /assessment/answer/': { max: JS_BUDGET_KB },
  'js_gzip_kb /assessment/results/': { max: JS_BUDGET_KB },
  'js_gzip_kb /backlog/': { max: JS_BUDGET_KB },
  'js_gzip_kb /backlog/use-case/': { max: JS_BUDGET_KB },
  'js_gzip_kb /governance/': { max: JS_BUDGET_KB },
  'js_gzip_kb /governance/review/': { max: JS_BUDGET_KB },
  'js_gzip_kb /reports/': { max: JS_BUDGET_KB },
  'js_gzip_kb /reports/steering/': { max: JS_BUDGET_KB },
  'js_gzip_kb /workspace/': { max: JS_BUDGET_KB },
  answer_save_ms_median: { max: 50 },
  backlog_import_10k_ms: { max: 2000 },
  backlog_import_vs_raw_bulkput: { max: 1.5 },
  backlog_sort_filter_10k_ms: { max: 50 },
  team_rollup_200_ms: { max: 100 },
  export_workspace_ms: { max: 300 },
  import_workspace_ms: { max: 2000 },
  import_vs_raw_bulkput: { max: 1.5 },
};

const { values: options } = parseArgs({ options: { only: { type: 'string', multiple: true }, runs: { type: 'string' } } });

function selectedParts() {
  const values = options;
  if (!values.only) return PARTS;
  const parts = values.only.flatMap((value) => value.split(',')).map((part) => part.trim());
  const unknown = parts.filter((part) => !PARTS.includes(part));
  if (unknown.length > 0) throw new Error(`Unknown part ${unknown.join(', ')}: choose from ${PARTS.join(', ')}`);
  return parts;
}

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

function sizeFigures() {
  const figures = {};
  for (const row of measureRoutes(resolve('dist'))) {
    figures[`js_gzip_kb ${row.route}`] = row.js_gzip_kb;
    figures[`lazy_js_gzip_kb ${row.route}`] = row.lazy_js_gzip_kb;
    figures[`html_gzip_kb ${row.route}`] = row.html_gzip_kb;
  }
  return figures;
}

async function timingFigures() {
  const figures = await benchTeamRollup();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    Object.assign(figures, await benchAnswerSave(await returningVisitorPage(browser, BASE), BASE));
    if (existsSync('bench/backlog.mjs')) {
      const { benchBacklog } = await import('./backlog.mjs');
      Object.assign(figures, await benchBacklog(await returningVisitorPage(browser, BASE), BASE));
    }
    if (existsSync('bench/exchange.mjs')) {
      const { benchExchange } = await import('./exchange.mjs');
      Object.assign(figures, await benchExchange(await returningVisitorPage(browser, BASE), BASE));
    }
  } finally {
    await browser.close();
  }
  return figures;
}

async function lighthouseResults() {
  const { benchLighthouse, lighthouseGoals } = await import('./lighthouse.mjs');
  const { default: lighthousePackage } = await import('lighthouse/package.json', { with: { type: 'json' } });
  const rows = await benchLighthouse(BASE, {
    runs: Number(options.runs ?? 3),
    log: (row) =>
      console.log(
        `lighthouse ${row.state.padEnd(6)} ${row.route.padEnd(22)} perf ${row.performance} a11y ${row.accessibility} bp ${row.best_practices} cls ${row.cls}/${row.cls_desktop}`,
      ),
  });
  return { measuredAt: new Date().toISOString(), version: lighthousePackage.version, goals: lighthouseGoals, rows };
}

const parts = selectedParts();
const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const figures = { ...previous.figures };
const measured = {};
let lighthouseSection = previous.lighthouse ?? null;
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
try {
  await waitForServer(`${BASE}/`);
  if (parts.includes('size')) Object.assign(measured, sizeFigures());
  if (parts.includes('timings')) Object.assign(measured, await timingFigures());
  Object.assign(figures, measured);
  if (parts.includes('lighthouse')) lighthouseSection = await lighthouseResults();
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
  note: 'js_gzip_kb counts the JavaScript a page loads before any interaction (gzip level 9); lazy_js_gzip_kb counts chunks loaded on demand (chart, Markdown, validators). Timings are medians in headless Chromium on this machine, in a browser that already holds the service worker (as a returning visitor’s does), except team_rollup_200_ms, which runs the roll-up code itself in Node (it is pure code with no page around it). lighthouse holds one row per route and workspace state (mobile scores; cls_desktop from a desktop run).',
  figures,
  goals: rows,
  ...(lighthouseSection ? { lighthouse: lighthouseSection } : {}),
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
updateReadme(results);
console.table(
  rows
    .filter((row) => row.name in measured)
    .map((row) => ({
      figure: row.name,
      value: row.value,
      goal: row.goal ?? '',
      ratio: row.ratio_to_goal ?? '',
      met: row.met ?? '',
    })),
);
if (lighthouseSection && parts.includes('lighthouse')) {
  console.table(lighthouseSection.rows.map(({ findings, ...row }) => ({ ...row, findings: findings.join(' ') })));
}
