// Lighthouse on every route, mobile form factor, twice: in an empty workspace and with the sample
// workspace loaded. The sample lives in IndexedDB, so it is loaded (through the Workspace page, as
// a person would) into the same Chromium profile that Lighthouse then audits through its debugging
// port. Lighthouse's default storage reset clears caches and service workers before each run but
// keeps IndexedDB, so every run is a cold load that still finds the data.
// Run alone with `node bench/run.mjs --only lighthouse` (after a build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromium } from 'playwright';

const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Ids from the sample workspace (src/lib/sample/), so inner pages open a real record. */
const SAMPLE = {
  assessment: 'sample-assessment-2026q4',
  useCase: 'sample-usecase-05',
  review: 'sample-review-chat-ethics-1',
};

/** Every route; inner pages carry a sample id (in the empty workspace they show "not found"). */
export const lighthouseRoutes = [
  '/',
  '/assessment/',
  '/assessment/quick/',
  `/assessment/answer/?id=${SAMPLE.assessment}`,
  `/assessment/results/?id=${SAMPLE.assessment}`,
  '/backlog/',
  `/backlog/use-case/?id=${SAMPLE.useCase}`,
  '/governance/',
  `/governance/review/?id=${SAMPLE.review}`,
  '/reports/',
  '/reports/steering/',
  '/workspace/',
];

export const lighthouseGoals = {
  performance: { min: 95 },
  accessibility: { min: 100 },
  best_practices: { min: 100 },
  cls: { max: 0.02 },
};

/**
 * Opens the site once in the browser on `port` (a first page load in a fresh Chromium is slower
 * than any later one) and, for the sample state, loads the sample through the Workspace page.
 */
async function prepare(port, base, state) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.goto(`${base}/workspace/`);
    await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
    if (state === 'sample') {
      await page.getByRole('button', { name: 'Load the sample workspace' }).click();
      await page.getByText('The sample workspace is loaded').waitFor();
    }
    await page.close();
  } finally {
    // Disconnects only: the browser stays up for Lighthouse.
    await browser.close();
  }
}

/** The audits of a category that did not pass, with their titles, for the report. */
function findings(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .filter((ref) => ref.weight > 0 || categoryId !== 'performance')
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'notApplicable',
    )
    .map((audit) => `${audit.id} (${audit.score})`);
}

const score = (lhr, id) => Math.round((lhr.categories[id].score ?? 0) * 100);
const cls = (lhr) => Math.round((lhr.audits['cumulative-layout-shift'].numericValue ?? 0) * 1000) / 1000;

/**
 * Mobile runs (Lighthouse's default: a mid-range phone, simulated slow 4G and 4x CPU slowdown)
 * give every score; the run with the median performance figures is reported, as Lighthouse
 * advises, since simulated timings scale with how busy the machine is. One desktop run
 * (performance only) checks layout shift at a wide viewport.
 */
async function audit(url, port, runs) {
  const flags = { port, output: 'json', logLevel: 'error' };
  const mobile = [];
  for (let run = 0; run < runs; run += 1) {
    const { lhr } = await lighthouse(url, { ...flags, onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    mobile.push(lhr);
  }
  const lhr = computeMedianRun(mobile);
  const { lhr: desktop } = await lighthouse(url, { ...flags, onlyCategories: ['performance'] }, desktopConfig);
  const metric = (id) => Math.round(lhr.audits[id].numericValue ?? 0);
  const error = lhr.runtimeError ?? desktop.runtimeError;
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    best_practices: score(lhr, 'best-practices'),
    lcp_ms: metric('largest-contentful-paint'),
    cls: Math.max(...mobile.map(cls)),
    tbt_ms: metric('total-blocking-time'),
    performance_desktop: score(desktop, 'performance'),
    cls_desktop: cls(desktop),
    runs,
    findings: [...findings(lhr, 'performance'), ...findings(lhr, 'accessibility'), ...findings(lhr, 'best-practices')],
    ...(error ? { error: error.message } : {}),
  };
}

/** Whether a row meets every goal (CLS at both widths). */
export function meetsGoals(row) {
  return (
    row.performance >= lighthouseGoals.performance.min &&
    row.accessibility >= lighthouseGoals.accessibility.min &&
    row.best_practices >= lighthouseGoals.best_practices.min &&
    row.cls <= lighthouseGoals.cls.max &&
    row.cls_desktop <= lighthouseGoals.cls.max
  );
}

async function auditState(state, base, routes, runs, log) {
  const userDataDir = mkdtempSync(join(tmpdir(), `portal-lighthouse-${state}-`));
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, userDataDir });
  const rows = [];
  try {
    await prepare(chrome.port, base, state);
    for (const route of routes) {
      const figures = await audit(`${base}${route}`, chrome.port, runs);
      const row = { route: route.replace(/\?.*$/, ''), state, ...figures };
      row.met = meetsGoals(row);
      log(row);
      rows.push(row);
    }
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * Audits `routes` (all by default) against the site served at `base`, `runs` mobile runs each;
 * returns one row per route and state.
 */
export async function benchLighthouse(base, { routes = lighthouseRoutes, runs = 3, log = () => {} } = {}) {
  return [...(await auditState('empty', base, routes, runs, log)), ...(await auditState('sample', base, routes, runs, log))];
}
