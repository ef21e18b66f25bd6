import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './pages/axe';
import { ExchangePage } from './pages/ExchangePage';
import { loadSampleWorkspace } from './pages/workspace';

const fixture = (folder: string, name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/exchange', folder, name), 'utf8');

const workspaceTables = [
  'answers',
  'assessments',
  'auditLog',
  'milestones',
  'ratings',
  'reviewAnswers',
  'reviews',
  'templates',
  'useCases',
  'weightProfiles',
];

async function downloadedText(exchange: ExchangePage, button: string): Promise<{ name: string; text: string }> {
  const download = await exchange.download(button);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('a backup restored into a fresh browser brings back every table', async ({ page, browser }) => {
  await loadSampleWorkspace(page);
  const exchange = new ExchangePage(page);
  await page.getByLabel('Your name (optional)').pressSequentially('Dana Facilitator');
  const backup = await downloadedText(exchange, 'Download a backup');
  expect(backup.name).toMatch(/^mlops-portal-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(backup.text).exportedBy).toBe('Dana Facilitator');
  const before = await exchange.tables();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const restore = new ExchangePage(other);
  await restore.openWorkspace();
  await restore.pick('Choose a backup file', backup.name, backup.text);
  await expect(other.getByRole('heading', { name: `Before you import ${backup.name}` })).toBeFocused();
  await expect(other.getByRole('table', { name: 'What restoring the file would do' })).toContainText('Use cases');
  await restore.press('Replace my workspace…');
  const confirm = other.getByRole('alertdialog', { name: 'Replace everything stored in this browser?' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText('Nothing is stored yet, so nothing will be lost.');
  await restore.press('Yes, replace my workspace');
  await expect(other.getByRole('heading', { name: `Restored ${backup.name}` })).toBeVisible();
  await expect(other.getByText(/All \d+ review histories are intact\./)).toBeVisible();

  const after = await restore.tables();
  for (const table of workspaceTables) expect(after[table], table).toEqual(before[table]);
  await expect(other.getByRole('row', { name: /^Use cases/ }).first()).toContainText(String(before['useCases']?.length));
  await fresh.close();
});

test('restoring over a workspace names what will be lost, with counts', async ({ page }) => {
  await loadSampleWorkspace(page);
  const exchange = new ExchangePage(page);
  const stored = await exchange.tables();
  const count = (table: string) => stored[table]?.length ?? 0;
  await exchange.pick('Choose a backup file', 'report-v1.json', fixture('released', 'report-v1.json'));
  await exchange.press('Replace my workspace…');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm.getByRole('listitem').filter({ hasText: /use cases$/ })).toHaveText(`${count('useCases')} use cases`);
  await expect(confirm.getByRole('listitem').filter({ hasText: /audit log entries$/ })).toHaveText(
    `${count('auditLog')} audit log entries`,
  );
  await exchange.press('Go back');
  await exchange.press('Cancel');
  await expect(page.getByRole('row', { name: /^Use cases/ }).first()).toContainText(String(count('useCases')));
  expect(await exchange.tables()).toEqual(stored);
});

for (const width of [1280, 360]) {
  test(`a hostile file is refused with its message and the workspace is unchanged (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await loadSampleWorkspace(page);
    const exchange = new ExchangePage(page);
    await exchange.openReports();
    const before = await exchange.tables();
    const cases: [string, RegExp][] = [
      ['newer-version.json', /version: this file was made by a newer version of the portal/],
      [
        'javascript-link.json',
        /payload\.data\.answers\[\d+\]\.evidence\[0\]\.url: only http:\/\/ and https:\/\/ addresses are accepted/,
      ],
      ['truncated.json', /the file ends too early/],
      ['proto-key.json', /payload: the field "__proto__" is not part of the format/],
    ];
    for (const [name, message] of cases) {
      await exchange.pick('Choose a portal file', name, fixture('hostile', name));
      const alert = page.getByRole('alert').filter({ hasText: `${name} was not imported` });
      await expect(alert).toBeFocused();
      await expect(alert).toContainText('Nothing in your workspace was changed.');
      await expect(alert).toContainText(message);
      await exchange.press('Dismiss');
    }
    expect(await exchange.tables()).toEqual(before);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('a conflict is decided with the keyboard, and imported markup stays text', async ({ page }) => {
  await loadSampleWorkspace(page);
  const exchange = new ExchangePage(page);
  await exchange.openReports();
  const before = await exchange.tables();
  const stored = (before['useCases'] as { id: string; title: string }[])[0];
  if (!stored) throw new Error('the sample has no use case');
  const file = JSON.parse(fixture('released', 'report-v1.json'));
  const markup = '<img src=x onerror="window.__injected=1">Their title';
  // The file holds this one use case and nothing else, so it is the only conflict.
  const data = file.payload.data as Record<string, unknown[]>;
  const theirs = data['useCases']?.[0] as object;
  for (const table of Object.keys(data)) data[table] = [];
  data['useCases'] = [{ ...theirs, id: stored.id, title: markup }];
  await exchange.pick('Choose a portal file', 'colleague.json', JSON.stringify(file));
  await expect(page.getByRole('table', { name: 'What adding the file would do' })).toContainText('Use cases');
  const conflict = page.getByRole('group', { name: `Use case: ${markup}` });
  await expect(conflict).toBeVisible();
  const keepMine = conflict.getByRole('radio', { name: 'Keep mine' });
  await keepMine.focus();
  await page.keyboard.press('ArrowDown');
  await expect(conflict.getByRole('radio', { name: 'Take theirs' })).toBeChecked();
  await exchange.press('Import into my workspace');
  await expect(page.getByRole('heading', { name: 'Imported colleague.json' })).toBeVisible();
  await expect(page.getByText(/^Conflicts: .*1 the file’s copy taken/)).toBeVisible();
  const after = await exchange.tables();
  expect((after['useCases'] as { id: string; title: string }[]).find((row) => row.id === stored.id)?.title).toBe(markup);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('an export downloads JSON that validates against the published schema', async ({ page, request }) => {
  await loadSampleWorkspace(page);
  const exchange = new ExchangePage(page);
  await exchange.openReports();
  const schema = await (await request.get('/schema/report-v1.json')).json();
  expect(schema.$id).toMatch(/\/schema\/report-v1\.json$/);
  const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  const whole = await downloadedText(exchange, 'Export the whole workspace');
  expect(validate(JSON.parse(whole.text)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  await expect(page.getByText(`Downloaded ${whole.name}.`)).toBeVisible();
  const one = await downloadedText(exchange, 'Export this assessment');
  const parsed = JSON.parse(one.text);
  expect(parsed.payload.scope).toBe('assessment');
  expect(validate(parsed), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const review = await downloadedText(exchange, 'Export this review');
  expect(validate(JSON.parse(review.text))).toBe(true);
});

test('the preview, its conflicts, a refusal and the restore confirmation pass axe', async ({ page }) => {
  await loadSampleWorkspace(page);
  const exchange = new ExchangePage(page);
  await exchange.openReports();
  await exchange.pick('Choose a portal file', 'report-v1.json', fixture('released', 'report-v1.json'));
  await expect(page.getByRole('heading', { name: /conflicts?: the same item differs/ })).toBeVisible();
  await expectNoViolations(page);
  await exchange.press('Cancel');
  await exchange.pick('Choose a portal file', 'orphan-answer.json', fixture('hostile', 'orphan-answer.json'));
  await expect(page.getByRole('alert')).toContainText('does not hold');
  await expectNoViolations(page);
  await exchange.openWorkspace();
  await exchange.pick('Choose a backup file', 'report-v1.json', fixture('released', 'report-v1.json'));
  await exchange.press('Replace my workspace…');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoViolations(page);
});
