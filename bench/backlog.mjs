// Backlog figures, measured in Chromium on the built site with 10,000 generated use cases:
// - backlog_import_10k_ms: the CSV import as a person does it on /backlog/: pick the file, wait for
//   the preview, press "Import N valid rows", wait for the confirmation. The time the preview sits
//   waiting for the click is not counted. Median of 5 imports into an emptied backlog.
// - backlog_import_vs_raw_bulkput: that time divided by the time Dexie's bulkPut alone takes to
//   store the same use cases and ratings in one transaction in the same page and database. The
//   page's own Dexie is not reachable from outside its bundle, so the same Dexie build is loaded
//   from node_modules into the page (evaluated through the DevTools protocol, which the page's
//   Content-Security-Policy does not govern) and opens the database by name. Median of 5, each run right after an import.
// - backlog_sort_filter_10k_ms: with 10,000 use cases in the table, the slower of two medians of
//   5: a click on the "Score" column header until the first row changes, and a search typed in
//   the filter until the row count changes. Both include the re-render.
// - backlog_csv_export_10k_ms: a press on "Export CSV" until the page hands the file to the browser.
import { generateBacklog, toCsv } from './backlogData.mjs';
import {
  alternate,
  clearTables,
  hydrated,
  median as medianOf,
  pickAndTime,
  rawBulkPut as rawWrite,
  timeDownloads,
  watchImport,
} from './browser.mjs';

const RUNS = 5;
const median = (values) => medianOf(values, 'A backlog timing');

/** Empties the backlog tables. */
const clearBacklog = (page) => clearTables(page, ['useCases', 'ratings', 'meta']);

/**
 * Times the import inside the page, so the transfer of the file through the DevTools protocol is
 * not counted: from the file input's change event to the preview's confirm button, plus from the
 * click on that button to the confirmation message.
 */
async function importThroughUi(page, base, csv) {
  await page.goto(`${base}/backlog/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'CSV export and import' }).click();
  // The panel's code loads when it opens, before a file can be picked.
  await page.getByLabel('Choose a CSV file to import').waitFor();
  await watchImport(page, {
    marks: '__benchImport',
    input: 'import-file',
    buttons: '.import-preview button',
    steps: [{ button: '^Import [\\d,. ]+ valid rows$', previewed: true, clicked: true }],
    done: { selector: '.csv-panel .notice p', pattern: '^Imported bench-10k\\.csv' },
  });
  return pickAndTime(page, 'Choose a CSV file to import', '__benchImport', {
    file: { name: 'bench-10k.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
    timeout: 60_000,
  });
}

const rawBulkPut = (page, { useCases, ratings }) => rawWrite(page, { useCases, ratings });

/** Clicks a column header and times it until the first row shows another use case. */
async function timeSort(page, column) {
  return page.evaluate(async (label) => {
    const header = [...document.querySelectorAll('.backlog-table th button.sort')].find((button) =>
      button.textContent.startsWith(label),
    );
    const first = () => document.querySelector('.backlog-table tbody tr th')?.textContent ?? '';
    const body = document.querySelector('.backlog-table tbody');
    const before = first();
    const started = performance.now();
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (first() !== before) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => resolve(Number.NaN), 10_000);
    });
    header.click();
    return changed;
  }, column);
}

async function timeFilter(page, text) {
  return page.evaluate(async (query) => {
    const input = document.getElementById('filter-text');
    const status = document.querySelector('.pager [role="status"]');
    const before = status.textContent;
    const started = performance.now();
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (status.textContent !== before) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(status, { subtree: true, childList: true, characterData: true });
      setTimeout(() => resolve(Number.NaN), 10_000);
    });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return changed;
  }, text);
}

export async function benchBacklog(page, base) {
  page.setDefaultTimeout(120_000);
  const rows = generateBacklog();
  const csv = toCsv(rows);
  await page.goto(`${base}/backlog/`);
  await hydrated(page);

  const { imports, raw } = await alternate(RUNS, {
    clear: () => clearBacklog(page),
    imported: () => importThroughUi(page, base, csv),
    written: () => rawBulkPut(page, rows),
  });

  // Sorting, filtering and export run on the 10,000 use cases the last bulkPut stored.
  await page.goto(`${base}/backlog/`);
  await hydrated(page);
  await page.locator('.backlog-table tbody tr').first().waitFor();
  const sorts = [];
  // Alternating columns, so that every click puts another use case first.
  for (let run = 0; run < 6; run += 1) sorts.push(await timeSort(page, run % 2 === 0 ? 'Use case' : 'Score'));
  const filters = [];
  for (const query of ['unit 1', 'unit 17', 'generated use case 99', 'forecasting', ''])
    filters.push(await timeFilter(page, query));

  await page.getByRole('button', { name: 'CSV export and import' }).click();
  await page.getByRole('button', { name: 'Export CSV' }).waitFor();
  const exports = await timeDownloads(page, page.getByRole('button', { name: 'Export CSV' }), RUNS);

  const importMs = median(imports);
  const rawMs = median(raw);
  return {
    backlog_import_10k_ms: importMs,
    backlog_raw_bulkput_10k_ms: rawMs,
    backlog_import_vs_raw_bulkput: Math.round((importMs / rawMs) * 100) / 100,
    backlog_sort_10k_ms: median(sorts),
    backlog_filter_10k_ms: median(filters),
    backlog_sort_filter_10k_ms: Math.max(median(sorts), median(filters)),
    backlog_csv_export_10k_ms: median(exports),
  };
}
