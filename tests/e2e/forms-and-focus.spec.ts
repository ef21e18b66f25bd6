import { expect, test, type Page } from '@playwright/test';
import { AnswerPage, startAssessment } from './pages/AnswerPage';
import { hydrated, open } from './pages/navigation';
import { loadSampleWorkspace } from './pages/workspace';

const problem = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('opening and cancelling the new-assessment form keeps focus; a too-long organisation is refused with its reason', async ({
  page,
}) => {
  await open(page, '/assessment/');
  await page.getByRole('button', { name: 'New assessment' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'New assessment' })).toBeFocused();

  await page.keyboard.press('Enter');
  const organisation = page.getByLabel('Organisation (optional)');
  await organisation.focus();
  await organisation.pressSequentially('O'.repeat(150));
  await expect(page.getByText('Organisation can be at most 120 characters; it has 150. Shorten it by 30.')).toBeVisible();
  await page.getByRole('button', { name: 'Create and start answering' }).click();
  await expect(problem(page)).toBeFocused();
  await expect(problem(page)).toContainText('The organisation can be at most 120 characters');
  await expect(page).toHaveURL(/\/assessment\/$/);
  // The summary's link takes the person to the field.
  await problem(page).getByRole('link').first().click();
  await expect(organisation).toBeFocused();
});

test('deleting from the list asks once with focus on the question, and "Keep" returns focus', async ({ page }) => {
  await startAssessment(page, 'To be deleted');
  await open(page, '/assessment/');
  const table = page.getByRole('table', { name: 'Your assessments' });
  await expect(table.getByRole('row', { name: /To be deleted/ })).toBeVisible();
  // Every column has its header.
  const headers = await table.locator('thead th').count();
  const cells = await table.locator('tbody tr').first().locator('th, td').count();
  expect(cells).toBe(headers);
  await expect(table.getByRole('columnheader', { name: 'Overall score' })).toBeVisible();

  const remove = page.getByRole('button', { name: 'Delete To be deleted' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Delete with its milestones' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No assessments yet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your assessments' })).toBeFocused();
});

test('"Freeze milestone" and "Add rater and rate" report a missing name in the one error pattern', async ({ page }) => {
  await startAssessment(page, 'Milestones');
  const answer = new AnswerPage(page);
  await answer.chooseWithKeyboard(answer.level(1));
  await answer.waitSaved();
  await page.getByRole('link', { name: 'See results' }).click();
  await hydrated(page);
  const freeze = page.getByRole('button', { name: 'Freeze milestone' });
  await freeze.focus();
  await page.keyboard.press('Enter');
  await expect(problem(page)).toBeFocused();
  await expect(problem(page)).toContainText('Enter a name for the milestone');
  // Typing now goes nowhere it should not: focus is on the summary, not on another field.
  await problem(page).getByRole('link').click();
  await expect(page.getByLabel('Milestone name')).toBeFocused();
  await page.keyboard.type('Baseline');
  await page.keyboard.press('Enter');
  await expect(page.locator('.milestone-list li').first()).toBeFocused();
  await expect(page.locator('.milestone-list li').first()).toContainText('Baseline');

  await loadSampleWorkspace(page);
  await open(page, '/backlog/use-case/?id=sample-usecase-05');
  await page.getByRole('button', { name: 'Add rater and rate' }).click();
  await expect(problem(page)).toBeFocused();
  await expect(problem(page)).toContainText('Enter the rater’s name');
  await page.getByLabel('Name', { exact: true }).pressSequentially('Kari Nordmann');
  await page.getByRole('button', { name: 'Add rater and rate' }).click();
  await expect(page.getByRole('heading', { name: 'Ratings by Kari Nordmann' })).toBeFocused();
});

test('the current capability shows a focus ring when it has focus', async ({ page }) => {
  await startAssessment(page, 'Focus ring');
  const current = page.getByRole('navigation', { name: 'Capabilities' }).locator('a[aria-current="step"]');
  await current.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(current).toBeFocused();
  const outline = await current.evaluate(
    (element) => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth,
  );
  expect(outline).toBe('solid 3px');
});

test('"Start an assessment" on the home page opens the new-assessment form, ready to type', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: 'Start an assessment' }).focus();
  await page.keyboard.press('Enter');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'New assessment' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
});
