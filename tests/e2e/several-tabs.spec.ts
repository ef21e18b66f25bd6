import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ExchangePage } from './pages/ExchangePage';
import { AnswerPage } from './pages/AnswerPage';
import { newAssessment } from './pages/assessment';
import { open } from './pages/navigation';
import { ReviewPage } from './pages/ReviewPage';
import { loadSampleWorkspace } from './pages/workspace';

// The same record open in two tabs of one browser: every edit survives, and each tab shows the
// other's change without a reload.

test('an assessment answered in two tabs keeps the notes of one and the level of the other', async ({ page, context }) => {
  await newAssessment(page, 'Two tabs');
  const other = await context.newPage();
  await open(other, page.url());
  const here = new AnswerPage(page);
  const there = new AnswerPage(other);

  // Notes typed here appear there, key by key, without a reload.
  await here.notes.pressSequentially('Two pipelines run nightly.');
  await here.waitSaved();
  await expect(there.notes).toHaveValue('Two pipelines run nightly.');

  // The other tab picks a level: the notes typed here are kept, and this tab shows the level.
  await there.chooseWithKeyboard(there.level(3));
  await there.waitSaved();
  await expect(here.level(3)).toBeChecked();
  await expect(here.notes).toHaveValue('Two pipelines run nightly.');

  // The same field from the other tab: the later write wins and shows here.
  await there.notes.press('End');
  await there.notes.pressSequentially(' Checked by the other tab.');
  await there.waitSaved();
  await expect(here.notes).toHaveValue('Two pipelines run nightly. Checked by the other tab.');

  // Both survive a reload.
  await page.reload();
  await expect(here.level(3)).toBeChecked();
  await expect(here.notes).toHaveValue('Two pipelines run nightly. Checked by the other tab.');
});

test('a use case edited in two tabs keeps both fields', async ({ page, context }) => {
  await loadSampleWorkspace(page);
  const url = '/backlog/use-case/?id=sample-usecase-06';
  await open(page, url);
  const other = await context.newPage();
  await open(other, url);

  const sponsor = page.getByLabel('Sponsor or owner (optional)');
  await sponsor.fill('');
  await sponsor.pressSequentially('Maria Berg');
  await expect(other.getByLabel('Sponsor or owner (optional)')).toHaveValue('Maria Berg');

  const unit = other.getByLabel('Business unit (optional)');
  await unit.fill('');
  await unit.pressSequentially('Fleet safety');
  await expect(page.getByLabel('Business unit (optional)')).toHaveValue('Fleet safety');
  await expect(page.getByRole('status').filter({ hasText: /Saved/ }).first()).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: /Saved/ }).first()).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Sponsor or owner (optional)')).toHaveValue('Maria Berg');
  await expect(page.getByLabel('Business unit (optional)')).toHaveValue('Fleet safety');
});

test('a review item answered in two tabs keeps the finding of one and the notes of the other', async ({ page, context }) => {
  const review = new ReviewPage(page);
  await review.startOnSample('Driver fatigue warnings from in-cab cameras');

  const other = await context.newPage();
  await open(other, page.url());
  const otherReview = new ReviewPage(other);
  const statement = /Every disparity beyond the agreed tolerance/;

  await review.choose(review.item(statement), 'Met');
  await review.waitSaved();
  await expect(otherReview.status(otherReview.item(statement), 'Met')).toBeChecked();

  const otherItem = otherReview.item(statement);
  await otherReview.pressButton(/^Notes and evidence/, otherItem);
  const notes = otherItem.getByLabel('Notes', { exact: true });
  await notes.pressSequentially('Disparity report reviewed with the data team.');
  await notes.blur();
  await otherReview.waitSaved();

  const item = review.item(statement);
  await review.pressButton(/^Notes and evidence/, item);
  await expect(item.getByLabel('Notes', { exact: true })).toHaveValue('Disparity report reviewed with the data team.');
  await expect(review.status(item, 'Met')).toBeChecked();

  await page.reload();
  const reloaded = review.item(statement);
  await expect(review.status(reloaded, 'Met')).toBeChecked();
  await review.pressButton(/^Notes and evidence/, reloaded);
  await expect(reloaded.getByLabel('Notes', { exact: true })).toHaveValue('Disparity report reviewed with the data team.');
});

test('a backup restored in one tab shows in the backlog and the assessments open in other tabs, without a reload', async ({
  page,
  context,
}) => {
  await open(page, '/backlog/');
  await expect(page.getByText('Terminal staffing forecast')).toHaveCount(0);
  const assessments = await context.newPage();
  await open(assessments, '/assessment/');
  const restoring = await context.newPage();
  const exchange = new ExchangePage(restoring);
  await exchange.openWorkspace();
  const backup = readFileSync(join(process.cwd(), 'tests/fixtures/exchange/released/report-v1.json'), 'utf8');
  await exchange.pick('Choose a backup file', 'report-v1.json', backup);
  await exchange.press('Replace my workspace…');
  await exchange.press('Yes, replace my workspace');
  await expect(restoring.getByRole('heading', { name: 'Restored report-v1.json' })).toBeVisible();

  const { assessments: restored } = (JSON.parse(backup) as { payload: { data: { assessments: { name: string }[] } } }).payload
    .data;
  await expect(page.getByText('Terminal staffing forecast').first()).toBeVisible();
  await expect(assessments.getByText(restored[0]?.name ?? 'no assessment in the fixture').first()).toBeVisible();
});
