import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BacklogPage } from './pages/BacklogPage';
import { chooseFile, chooseOption, followLink, pressEnter, tabInto, tabTo, typeInto } from './pages/keyboard';
import { hydrated, open } from './pages/navigation';
import { loadSampleWorkspace } from './pages/workspace';

const TITLE = 'Tariff code suggestions for customs brokers';

/** The backlog of the sample workspace, on screen. */
async function sampleBacklog(page: Page): Promise<BacklogPage> {
  await loadSampleWorkspace(page);
  const backlog = new BacklogPage(page);
  await backlog.open();
  await expect(backlog.table).toBeVisible();
  return backlog;
}

test('a domain expert adds and rates a use case, sees it move with the weights, and takes the backlog to an empty workspace by CSV', async ({
  page,
}) => {
  const backlog = await sampleBacklog(page);

  // Add a use case: only the title is required.
  await backlog.addUseCase(TITLE, {
    family: 'Document processing and key-value extraction',
    riskTier: 'Low',
    tags: 'customs, quick',
  });

  // Rate it with the anchored descriptions in view; the inverted criteria say so.
  await backlog.addRater('Nora Lie', 'Customs specialist');
  await expect(page.getByRole('group', { name: 'Cost', exact: true })).toContainText('Inverted: a low rating ranks higher.');
  // Feasibility rates the technique alone; the platform's maturity is shown where its gaps count.
  await expect(page.getByRole('group', { name: 'Cost', exact: true })).toContainText(
    'Platform maturity in the latest assessment',
  );
  await expect(page.getByRole('group', { name: 'Feasibility', exact: true })).not.toContainText('Platform maturity');
  await backlog.rate('Data availability', 3);
  await backlog.rate('Feasibility', 4);
  // A measured baseline and a benefit in the third band: worth winning, so it meets the quick-wins floor.
  await backlog.rate('Business value', 3);
  await backlog.rate('Cost', 1);
  await backlog.rate('Time to market', 1);
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /score breakdown under “Equal weights”/ })).toContainText('75');

  // Switch the weight profile and see the rank change, with the reason.
  await backlog.open();
  await typeInto(page.getByLabel('Search'), 'Tariff code');
  const row = backlog.row(TITLE);
  await expect(row).toBeVisible();
  const rankBefore = Number(await row.getByRole('cell').first().textContent());
  await backlog.chooseProfile('Quick wins');
  await expect(page.getByRole('heading', { name: 'What moved' })).toBeVisible();
  await expect(page.getByText('Compared with the ranking under “Equal weights”, the biggest moves:')).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toContainText(/up \d+ \(was \d+\)/);
  const rankAfter = Number(await row.getByRole('cell').first().textContent());
  expect(rankAfter).toBeLessThan(rankBefore);
  await expect(page.getByRole('columnheader', { name: 'Change' })).toBeVisible();

  // The table sorts from its column headers and says how it is sorted.
  await typeInto(page.getByLabel('Search'), '');
  await pressEnter(page.getByRole('button', { name: /^Score/ }));
  await expect(page.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');

  // Export the backlog as CSV.
  await backlog.openCsvPanel();
  const downloading = page.waitForEvent('download');
  await pressEnter(page.getByRole('button', { name: 'Export CSV' }));
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^backlog-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await download.path();
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(TITLE);

  // Empty the workspace, then import the file into it.
  await open(page, '/workspace/');
  // The question takes focus; "Cancel" puts focus back on the button that asked.
  const deleteAll = page.getByRole('button', { name: 'Delete everything…' });
  await pressEnter(deleteAll);
  await expect(page.getByRole('alertdialog', { name: 'Delete everything?' })).toBeFocused();
  await pressEnter(page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }));
  await expect(deleteAll).toBeFocused();
  await page.keyboard.press('Enter');
  await pressEnter(page.getByRole('button', { name: 'Yes, delete everything' }));
  // Once done, focus is on what the portal says happened, not lost with the question.
  await expect(page.getByText('Everything stored by the portal in this browser has been deleted.')).toBeFocused();
  await backlog.open();
  await expect(page.getByRole('heading', { name: 'No use cases yet' })).toBeVisible();
  await backlog.openCsvPanel();
  await chooseFile(page.getByLabel('Choose a CSV file to import'), file);
  await expect(page.getByRole('heading', { name: /Check before importing/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Valid rows/ })).toContainText(TITLE);
  const importButton = page.getByRole('button', { name: /^Import \d+ valid rows$/ });
  await pressEnter(importButton);
  await expect(page.getByText(/Imported .*: 27 new use cases, 0 replaced/)).toBeVisible();
  await expect(backlog.row(TITLE)).toBeVisible();
  await expect(backlog.row('Delivery time predictions for customers')).toBeVisible();
});

test('arrowing through the weight profiles is one change: What moved compares with the profile before the first', async ({
  page,
}) => {
  await sampleBacklog(page);
  const select = page.getByLabel('Rank with');
  const before = (await select.locator('option:checked').textContent()) ?? '';
  const options = await select.locator('option').allTextContents();
  await tabTo(select);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const after = options[options.indexOf(before) + 2] ?? '';
  await expect(select.locator('option:checked')).toHaveText(after);
  await expect(page.getByRole('heading', { name: 'What moved' })).toBeVisible();
  await expect(page.getByText(`Compared with the ranking under “${before}”, the biggest moves:`)).toBeVisible();
});

test('a rejected CSV file is explained line by line and changes nothing', async ({ page }) => {
  const backlog = new BacklogPage(page);
  await backlog.open();
  await backlog.openCsvPanel();
  await chooseFile(page.getByLabel('Choose a CSV file to import'), {
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('title,rater_name,business_value\nGood idea,Kari,4\n,Kari,3\nToo high,Kari,7\n'),
  });
  await expect(page.getByText('2 rejected rows')).toBeVisible();
  await expect(page.getByText('Line 3: title: give the use case a title')).toBeVisible();
  await expect(page.getByText('Line 4: business_value: “7” is not a whole number from 1 to 5')).toBeVisible();
  await pressEnter(page.getByRole('button', { name: 'Cancel' }));
  await expect(page.getByRole('heading', { name: 'No use cases yet' })).toBeVisible();
  // The preview has gone: focus is back on the file control, ready for another file.
  await expect(page.getByLabel('Choose a CSV file to import')).toBeFocused();

  await chooseFile(page.getByLabel('Choose a CSV file to import'), {
    name: 'wrong.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,value\nA,1\n'),
  });
  await expect(page.getByRole('alert')).toContainText('the file has no “title” column');
  await expect(page.getByRole('heading', { name: 'No use cases yet' })).toBeVisible();
  await pressEnter(page.getByRole('alert').getByRole('button', { name: 'Close' }));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Choose a CSV file to import')).toBeFocused();
});

test('a deleted use case comes back with its ratings on undo', async ({ page }) => {
  await loadSampleWorkspace(page);
  await open(page, '/backlog/use-case/?id=sample-usecase-05');
  await expect(page.getByRole('heading', { level: 1, name: 'Shipment tracking chat assistant' })).toBeVisible();
  await pressEnter(page.getByRole('button', { name: 'Delete…' }));
  await expect(page.getByRole('button', { name: 'Yes, delete the use case' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/backlog\/$/);
  await expect(page.getByText('Deleted “Shipment tracking chat assistant” with its 3 ratings.')).toBeVisible();
  await hydrated(page);
  await pressEnter(page.getByRole('button', { name: 'Undo delete' }));
  await expect(new BacklogPage(page).row('Shipment tracking chat assistant')).toBeVisible();
});

test('a high-risk use case cannot be approved before its governance review', async ({ page }) => {
  await loadSampleWorkspace(page);
  await open(page, '/backlog/use-case/?id=sample-usecase-05');
  const status = page.getByLabel('Status');
  await chooseOption(status, 'Approved');
  // One refusal, announced, with the way to the reviews; the stored status stays.
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('This use case is high risk');
  await expect(page.getByText('the stored status stays “Proposed”')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to governance reviews' })).toHaveAttribute('href', '/governance/');
  await page.reload();
  await hydrated(page);
  await expect(status).toHaveValue('proposed');

  // With the arrow keys, the person moves past the refused "Approved" to "In progress", which is stored.
  await tabTo(status);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('alert')).toContainText('This use case is high risk');
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('in-progress');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await hydrated(page);
  await expect(status).toHaveValue('in-progress');
});

test('"Add and start rating" rates at once as the person last named here, one criterion at a time with keys 1 to 5', async ({
  page,
}) => {
  const backlog = new BacklogPage(page);
  await backlog.open();
  await pressEnter(page.getByRole('button', { name: 'Add a use case' }));
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.type('Customs data extraction');
  await typeInto(page.getByLabel('Rate it as (optional)'), 'Nora Lie');
  await pressEnter(page.getByRole('button', { name: 'Add and start rating' }));
  await expect(page).toHaveURL(/\/backlog\/use-case\/\?id=.*&rater=/);
  await expect(page.getByRole('heading', { name: 'Ratings by Nora Lie' })).toBeFocused();

  // Into the first criterion, then 1 to 5 rates it and moves on, the anchors beside each choice.
  const first = page.getByRole('group', { name: 'Data availability', exact: true });
  await expect(first.getByRole('radio').first()).toBeVisible();
  await tabInto(first);
  for (const key of ['4', '3', '5', '2', '2']) await page.keyboard.press(key);
  await expect(page.getByLabel('Comment (optional)')).toBeFocused();
  await expect(page.getByRole('radio', { name: /^4: / }).first()).toBeChecked();
  const ratings = page.getByRole('table', { name: /Ratings per rater/ });
  await expect(ratings.getByRole('row', { name: /Nora Lie/ })).toContainText(/4\s*3\s*5\s*2\s*2/);

  // The next use case offers the same rater.
  await backlog.open();
  await pressEnter(page.getByRole('button', { name: 'Add a use case' }));
  await expect(page.getByLabel('Rate it as (optional)')).toHaveValue('Nora Lie');
});

test('a spreadsheet with scores but no rater columns imports, as the ratings of the person the preview names', async ({
  page,
}) => {
  const backlog = new BacklogPage(page);
  await backlog.open();
  await backlog.openCsvPanel();
  await chooseFile(page.getByLabel('Choose a CSV file to import'), 'tests/fixtures/csv/scores-without-raters.csv');
  await expect(page.getByRole('heading', { name: /Check before importing/ })).toBeFocused();
  const rater = page.getByLabel('Whose ratings are these?');
  await expect(rater).toHaveValue('');
  await pressEnter(page.getByRole('button', { name: 'Import 3 valid rows' }));
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await typeInto(rater, 'Ingrid Berg');
  await pressEnter(page.getByRole('button', { name: 'Import 3 valid rows' }));
  await expect(page.getByText(/Imported .*: 3 new use cases, 0 replaced/)).toBeVisible();
  await followLink(page.getByRole('link', { name: 'Customs data extraction' }));
  await expect(page.getByRole('table', { name: /Ratings per rater/ })).toContainText('Ingrid Berg');
});
