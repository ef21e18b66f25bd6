import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { mkdtempSync } from 'node:fs';
const [, , route, state = 'sample'] = process.argv;
const base = 'http://localhost:4334';
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  userDataDir: mkdtempSync('/tmp/q-lh-'),
});
if (state === 'sample') {
  const b = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const p = await b.contexts()[0].newPage();
  await p.goto(base + '/workspace/');
  await p.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
  await p.getByRole('button', { name: 'Load the sample workspace' }).click();
  await p.getByText('The sample workspace is loaded').waitFor();
  await p.close();
  await b.close();
}
const { lhr } = await lighthouse(base + route, {
  port: chrome.port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance'],
});
const a = lhr.audits;
console.log(
  'perf',
  lhr.categories.performance.score,
  'FCP',
  a['first-contentful-paint'].numericValue,
  'LCP',
  a['largest-contentful-paint'].numericValue,
  'TBT',
  a['total-blocking-time'].numericValue,
  'SI',
  a['speed-index'].numericValue,
);
console.log(
  'LCP element',
  JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet),
  JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[1]?.items),
);
console.log(
  'long tasks',
  JSON.stringify(
    a['long-tasks']?.details?.items
      ?.slice(0, 8)
      .map((i) => [i.url?.split('/').pop(), Math.round(i.startTime), Math.round(i.duration)]),
  ),
);
console.log(
  'bootup',
  JSON.stringify(
    a['bootup-time']?.details?.items
      ?.slice(0, 6)
      .map((i) => [i.url.split('/').pop(), Math.round(i.total), Math.round(i.scripting)]),
  ),
);
console.log(
  'mainthread',
  JSON.stringify(a['mainthread-work-breakdown']?.details?.items?.map((i) => [i.group, Math.round(i.duration)])),
);
const chains = a['critical-request-chains']?.details;
console.log('longest chain', JSON.stringify(chains?.longestChain));
for (const id of [
  'render-blocking-resources',
  'unused-javascript',
  'uses-text-compression',
  'network-dependency-tree-insight',
  'render-blocking-insight',
  'document-latency-insight',
  'lcp-phases-insight',
  'dom-size-insight',
])
  if (a[id])
    console.log(id, a[id].score, a[id].displayValue ?? '', JSON.stringify(a[id].details?.items?.slice?.(0, 5))?.slice(0, 600));
await chrome.kill();
