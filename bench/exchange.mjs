// File exchange figures, measured in Chromium on the built site with a workspace of 10,000 use
// cases (one rating each), 50 assessments and 20 reviews (see exchangeData.mjs):
// - export_workspace_ms: a press on "Download a backup" on /workspace/ until the page hands the
//   file to the browser (timed in the page, see timeDownloads). Median of 5.
// - import_workspace_ms: a backup restore as a person does it on /workspace/: pick the file, wait
//   for the preview, confirm the replacement, wait for the result (which includes checking every
//   review history). The time the preview and the confirmation wait for clicks is not counted.
//   Median of 5 restores into an emptied workspace.
// - import_vs_raw_bulkput: that time divided by the time Dexie's bulkPut alone takes to store the
//   same rows of every table in one transaction, in the same page and database (the same Dexie
//   build, loaded as the backlog benchmark does). Imports and raw writes alternate. Median of 5.
import { generateWorkspace } from './exchangeData.mjs';
import { readFileSync } from 'node:fs';
import {
  alternate,
  clearTables,
  hydrated,
  median as medianOf,
  pickAndTime,
  rawBulkPut,
  timeDownloads,
  watchImport,
} from './browser.mjs';

const RUNS = 5;

/**
 * The workspace's tables, read from the one list in src/lib/exchange/tables.ts. The file is read
 * as text, not imported: only Node 22.18 and later strip TypeScript types, and the versions
 * package.json allows (from 22.12) and some machines run cannot import a .ts module.
 */
export function workspaceTables() {
  const source = readFileSync(new URL('../src/lib/exchange/tables.ts', import.meta.url), 'utf8');
  const list = /export const tableNames = \[([^\]]*)\]/.exec(source)?.[1];
  const names = [...(list ?? '').matchAll(/'([A-Za-z]+)'/g)].map(([, name]) => name);
  if (names.length === 0) throw new Error('src/lib/exchange/tables.ts no longer declares `tableNames = [...]`');
  return names;
}
const TABLES = workspaceTables();

const median = (values) => medianOf(values, 'An exchange timing');

const clearWorkspace = (page) => clearTables(page, [...TABLES, 'meta']);

async function restoreThroughUi(page, base, text) {
  await page.goto(`${base}/workspace/`);
  await hydrated(page);
  await watchImport(page, {
    marks: '__benchRestore',
    input: 'restore-file',
    buttons: '.import-panel button',
    steps: [
      { button: '^Replace my workspace…$', previewed: true },
      { button: '^Yes, replace my workspace$', clicked: true },
    ],
    done: { selector: '.import-result', pattern: 'review histories are intact' },
  });
  return pickAndTime(page, 'Choose a backup file', '__benchRestore', {
    file: { name: 'bench-backup.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') },
    timeout: 120_000,
  });
}

export async function benchExchange(page, base) {
  page.setDefaultTimeout(120_000);
  const { text, rows } = generateWorkspace();
  await page.goto(`${base}/workspace/`);
  await hydrated(page);

  const { imports, raw } = await alternate(RUNS, {
    clear: () => clearWorkspace(page),
    imported: () => restoreThroughUi(page, base, text),
    written: () => rawBulkPut(page, Object.fromEntries(TABLES.map((table) => [table, rows[table]]))),
  });

  // The export runs on the workspace the last raw write stored.
  await page.goto(`${base}/workspace/`);
  await hydrated(page);
  const button = page.getByRole('button', { name: 'Download a backup' });
  await button.waitFor();
  await page.waitForFunction(() => !document.querySelector('.export-panel button')?.disabled);
  const exports = await timeDownloads(page, button, RUNS);

  const importMs = median(imports);
  const rawMs = median(raw);
  return {
    export_workspace_ms: median(exports),
    import_workspace_ms: importMs,
    raw_bulkput_workspace_ms: rawMs,
    import_vs_raw_bulkput: Math.round((importMs / rawMs) * 100) / 100,
  };
}
