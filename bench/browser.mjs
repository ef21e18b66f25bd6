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
