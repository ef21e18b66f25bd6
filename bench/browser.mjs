// Helpers the browser benchmarks share.
import { readFileSync } from 'node:fs';

export const DB_NAME = 'mlops-maturity-portal';

/** The median, rounded to 0.1; a NaN means a timing never saw the page change. */
export function median(values, what = 'A timing') {
  if (values.some((value) => Number.isNaN(value))) throw new Error(`${what} never saw the page change.`);
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
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
