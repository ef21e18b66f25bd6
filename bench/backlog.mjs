// Backlog figures, measured in Chromium on the built site with 10,000 generated use cases:
// - backlog_import_10k_ms: the CSV import as a person does it on /backlog/: pick the file, wait for
//   the preview, press "Import N valid rows", wait for the confirmation. The time the preview sits
//   waiting for the click is not counted. Median of 3 imports into an emptied backlog.
// - backlog_import_vs_raw_bulkput: that time divided by the time Dexie's bulkPut alone takes to
//   store the same use cases and ratings in one transaction in the same page and database. The
//   page's own Dexie is not reachable from outside its bundle, so the same Dexie build is loaded
//   from node_modules into the page (evaluated through the DevTools protocol, which the page's
//   Content-Security-Policy does not govern) and opens the database by name. Median of 3.
// - backlog_sort_filter_10k_ms: with 10,000 use cases in the table, the slower of two medians of
//   5: a click on the "Score" column header until the first row changes, and a search typed in
//   the filter until the row count changes. Both include the re-render.
// - backlog_csv_export_10k_ms: a click on "Export CSV" until the browser hands over the download.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const COUNT = 10_000;
const RUNS = 3;
const DB_NAME = 'mlops-maturity-portal';
const families = ['process-automation', 'document-processing', 'language', 'chat-assistant', 'knowledge-mining', 'unstructured-analysis', 'forecasting', 'other'];
const statuses = ['idea', 'proposed', 'approved', 'in-progress', 'in-production', 'retired'];
const raters = [
  ['Ingrid Solberg', 'Head of Data Science'],
  ['Lars Eide', 'Director of Road Operations'],
  ['Aino Virtanen', 'Enterprise Architect'],
];
const criteria = ['data-availability', 'feasibility', 'business-value', 'cost', 'time-to-market'];
const columns = ['data_availability', 'feasibility', 'business_value', 'cost', 'time_to_market'];

/** 10,000 use cases, one rating each, with scores spread by a fixed pseudo-random sequence. */
export function generateBacklog(count = COUNT) {
  let seed = 20261124;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const now = '2026-11-24T12:00:00.000Z';
  const useCases = [];
  const ratings = [];
  for (let i = 0; i < count; i += 1) {
    const id = `bench-use-case-${String(i).padStart(5, '0')}`;
    useCases.push({
      id,
      title: `Generated use case ${i}: ${families[i % families.length]} for unit ${i % 40}`,
      description: `Generated for the benchmark, number ${i}.`,
      sponsor: `Sponsor ${i % 97}`,
      businessUnit: `Unit ${i % 40}`,
      family: families[i % families.length],
      status: statuses[i % statuses.length],
      dataClassification: 'confidential',
      riskTier: i % 3 === 0 ? 'low' : 'medium',
      tags: [`tag-${i % 25}`, 'generated'],
      archived: false,
      createdAt: now,
      updatedAt: now,
    });
    const [raterName, raterRole] = raters[i % raters.length];
    const scores = Object.fromEntries(criteria.map((criterion) => [criterion, 1 + Math.floor(next() * 5)]));
    ratings.push({ id: `${id}-rating`, useCaseId: id, raterName, raterRole, scores, comment: '', updatedAt: now });
  }
  return { useCases, ratings };
}

export function toCsv({ useCases, ratings }) {
  const byUseCase = new Map(ratings.map((rating) => [rating.useCaseId, rating]));
  const fields = ['use_case_id', 'title', 'description', 'sponsor', 'business_unit', 'family', 'status', 'data_classification', 'risk_tier', 'tags', 'archived', 'created_at', 'updated_at', 'rating_id', 'rater_name', 'rater_role', ...columns, 'rater_comment', 'rated_at'];
  const data = useCases.map((useCase) => {
    const rating = byUseCase.get(useCase.id);
    return [
      useCase.id, useCase.title, useCase.description, useCase.sponsor, useCase.businessUnit, useCase.family, useCase.status,
      useCase.dataClassification, useCase.riskTier, useCase.tags.join(', '), 'false', useCase.createdAt, useCase.updatedAt,
      rating.id, rating.raterName, rating.raterRole, ...criteria.map((criterion) => String(rating.scores[criterion])), '', rating.updatedAt,
    ];
  });
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
};

async function hydrated(page) {
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
}

/** Empties the backlog tables with a plain IndexedDB transaction. */
async function clearBacklog(page) {
  await page.evaluate(async (name) => {
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (database.objectStoreNames.contains('useCases')) {
      await new Promise((resolve, reject) => {
        const transaction = database.transaction(['useCases', 'ratings', 'meta'], 'readwrite');
        for (const store of ['useCases', 'ratings', 'meta']) transaction.objectStore(store).clear();
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
    }
    database.close();
  }, DB_NAME);
}

async function importThroughUi(page, base, csv) {
  await page.goto(`${base}/backlog/`);
  await hydrated(page);
  await page.getByRole('button', { name: 'CSV export and import' }).click();
  const input = page.getByLabel('Choose a CSV file to import');
  const confirm = page.getByRole('button', { name: /^Import [\d,. ]+ valid rows$/ });
  const started = Date.now();
  await input.setInputFiles({ name: 'bench-10k.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await confirm.waitFor();
  const previewed = Date.now();
  await confirm.click();
  await page.getByText(/^Imported bench-10k\.csv/).waitFor({ timeout: 60_000 });
  return previewed - started + (Date.now() - previewed);
}

async function rawBulkPut(page, rows) {
  await page.evaluate(readFileSync('node_modules/dexie/dist/dexie.js', 'utf8'));
  await page.evaluate((data) => {
    window.__benchRows = data;
  }, rows);
  return page.evaluate(async (name) => {
    const database = new window.Dexie(name);
    await database.open();
    const { useCases, ratings } = window.__benchRows;
    const started = performance.now();
    await database.transaction('rw', database.table('useCases'), database.table('ratings'), async () => {
      await database.table('useCases').bulkPut(useCases);
      await database.table('ratings').bulkPut(ratings);
    });
    const elapsed = performance.now() - started;
    database.close();
    return elapsed;
  }, DB_NAME);
}

async function timeSort(page) {
  return page.evaluate(async () => {
    const header = [...document.querySelectorAll('.backlog-table th button.sort')].find((button) => button.textContent.startsWith('Score'));
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
    });
    header.click();
    return changed;
  });
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
    });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return changed;
  }, text);
}

export async function benchBacklog(page, base) {
  const rows = generateBacklog();
  const csv = toCsv(rows);
  await page.goto(`${base}/backlog/`);
  await hydrated(page);

  const imports = [];
  for (let run = 0; run < RUNS; run += 1) {
    await clearBacklog(page);
    imports.push(await importThroughUi(page, base, csv));
  }
  const raw = [];
  for (let run = 0; run < RUNS; run += 1) {
    await clearBacklog(page);
    raw.push(await rawBulkPut(page, rows));
  }

  // Sorting, filtering and export run on the 10,000 use cases the last bulkPut stored.
  await page.goto(`${base}/backlog/`);
  await hydrated(page);
  await page.locator('.backlog-table tbody tr').first().waitFor();
  const sorts = [];
  for (let run = 0; run < 5; run += 1) sorts.push(await timeSort(page));
  const filters = [];
  for (const query of ['unit 1', 'unit 17', 'generated use case 99', 'forecasting', '']) filters.push(await timeFilter(page, query));

  await page.getByRole('button', { name: 'CSV export and import' }).click();
  const exports = [];
  for (let run = 0; run < RUNS; run += 1) {
    const downloading = page.waitForEvent('download');
    const started = Date.now();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    exports.push(Date.now() - started);
    await download.delete();
  }

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
