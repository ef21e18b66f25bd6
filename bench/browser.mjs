// Helpers the browser benchmarks share.
import { readFileSync } from 'node:fs';

export const DB_NAME = 'mlops-maturity-portal';

/** The median, rounded to 0.1; a NaN means a timing never saw the page change. */
export function median(values, what = 'A timing') {
  if (values.some((value) => Number.isNaN(value))) throw new Error(`${what} never saw the page change.`);
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
}

/**
 * A fresh page whose browser already holds the portal's service worker, as a returning person's
 * does: the worker's first download of the whole site then never runs during a timing.
 */
export async function returningVisitorPage(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  return page;
}

export async function hydrated(page) {
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
}

/**
 * Times `runs` imports and as many raw writes of the same rows, each into an emptied database.
 * They alternate, so a passing slowdown of the machine weighs on both alike.
 */
export async function alternate(runs, { clear, imported, written }) {
  const imports = [];
  const raw = [];
  for (let run = 0; run < runs; run += 1) {
    await clear();
    imports.push(await imported());
    await clear();
    raw.push(await written());
  }
  return { imports, raw };
}

/**
 * Times `runs` presses of a download button, each from the press (the click reaching the page)
 * until the page hands the file to the browser (the click on the download link it makes). Timed
 * in the page, so the time the test driver takes to find and press the button is not counted;
 * each run waits for the browser's download before the next press.
 */
export async function timeDownloads(page, button, runs) {
  await button.evaluate((element) => {
    window.__benchDownloads = [];
    let pressed = 0;
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target;
        if (target instanceof Element && element.contains(target)) pressed = performance.now();
        else if (target instanceof HTMLAnchorElement && target.hasAttribute('download'))
          window.__benchDownloads.push(performance.now() - pressed);
      },
      true,
    );
  });
  for (let run = 0; run < runs; run += 1) {
    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    await download.delete();
  }
  const times = await page.evaluate(() => window.__benchDownloads);
  if (times.length !== runs) throw new Error(`${runs} downloads pressed, ${times.length} handed to the browser.`);
  return times.map((time) => Math.round(time * 10) / 10);
}

/**
 * Records in `window[marks]` when the file is picked (`picked`), when the preview shows its first
 * button (`previewed`), when the confirming button is pressed (`clicked`) and when the result shows
 * (`done`). Each step's button, found among `buttons` by its text, is pressed as soon as it
 * appears: the time a preview waits for a person is not counted.
 */
export async function watchImport(page, { marks, input, buttons, steps, done }) {
  await page.evaluate(
    ({ marks, input, buttons, steps, done }) => {
      const times = {};
      window[marks] = times;
      document
        .getElementById(input)
        .addEventListener('change', () => (times.picked = performance.now()), { capture: true, once: true });
      const find = (pattern) =>
        [...document.querySelectorAll(buttons)].find((button) => new RegExp(pattern).test(button.textContent.trim()));
      const pressed = new Set();
      const observer = new MutationObserver(() => {
        steps.forEach((step, index) => {
          const button = pressed.has(index) ? null : find(step.button);
          if (!button) return;
          pressed.add(index);
          if (step.previewed) times.previewed = performance.now();
          setTimeout(() => {
            if (step.clicked) times.clicked = performance.now();
            button.click();
          }, 0);
        });
        if (
          times.clicked !== undefined &&
          new RegExp(done.pattern).test(document.querySelector(done.selector)?.textContent ?? '')
        ) {
          times.done = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { marks, input, buttons, steps, done },
  );
}

/**
 * Hands a file to a file control, then waits for the marks the page records in `window[marks]`
 * (picked, previewed, clicked, done) and returns the time the portal worked: from the pick to the
 * preview, plus from the confirming click to the result.
 */
export async function pickAndTime(page, label, marks, { file, timeout }) {
  await page.getByLabel(label).setInputFiles(file);
  await page.waitForFunction((name) => window[name].done !== undefined, marks, { timeout });
  const times = await page.evaluate((name) => window[name], marks);
  if (process.env['BENCH_VERBOSE'])
    console.log('preview', Math.round(times.previewed - times.picked), 'store', Math.round(times.done - times.clicked));
  return times.previewed - times.picked + (times.done - times.clicked);
}

/** Empties tables of the portal's database with a plain IndexedDB transaction. */
export async function clearTables(page, tables) {
  await page.evaluate(
    async ({ name, stores }) => {
      const database = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const present = stores.filter((store) => database.objectStoreNames.contains(store));
      if (present.length > 0) {
        await new Promise((resolve, reject) => {
          const transaction = database.transaction(present, 'readwrite');
          for (const store of present) transaction.objectStore(store).clear();
          transaction.oncomplete = resolve;
          transaction.onerror = () => reject(transaction.error);
        });
      }
      database.close();
    },
    { name: DB_NAME, stores: tables },
  );
}

/**
 * The time Dexie's bulkPut alone takes to store `rows` (table name -> rows) in one transaction,
 * in the page's database. The page's own Dexie is not reachable from outside its bundle, so the
 * same Dexie build is loaded from node_modules into the page (evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy does not govern).
 */
export async function rawBulkPut(page, rows) {
  await page.evaluate(readFileSync('node_modules/dexie/dist/dexie.js', 'utf8'));
  await page.evaluate((data) => {
    window.__benchRows = data;
  }, rows);
  return page.evaluate(async (name) => {
    const database = new window.Dexie(name);
    await database.open();
    const tables = Object.keys(window.__benchRows);
    const started = performance.now();
    await database.transaction(
      'rw',
      tables.map((table) => database.table(table)),
      async () => {
        for (const table of tables)
          if (window.__benchRows[table].length > 0) await database.table(table).bulkPut(window.__benchRows[table]);
      },
    );
    const elapsed = performance.now() - started;
    database.close();
    return elapsed;
  }, DB_NAME);
}
