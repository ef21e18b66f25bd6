import { expect, test } from '@playwright/test';
import { AnswerPage, startAssessment } from './pages/AnswerPage';
import { hydrated } from './pages/navigation';
import { ReviewPage } from './pages/ReviewPage';

test('a reason for "not applicable" typed key by key is kept whole, and focus stays in the box', async ({ page }) => {
  await startAssessment(page, 'Reason typed by hand');
  const answer = new AnswerPage(page);
  await answer.chooseWithKeyboard(answer.notApplicable);
  const reason = page.getByLabel('Why does this not apply?');
  await reason.focus();
  await reason.pressSequentially('We run no models of this kind');
  await expect(reason).toBeFocused();
  await expect(reason).toHaveValue('We run no models of this kind');
  await page.keyboard.press('Tab');
  await answer.waitSaved();

  await page.reload();
  await hydrated(page);
  await expect(answer.notApplicable).toBeChecked();
  await expect(page.getByLabel('Why does this not apply?')).toHaveValue('We run no models of this kind');

  // Editing a stored reason keeps the box and the focus too.
  const stored = page.getByLabel('Why does this not apply?');
  await stored.focus();
  await page.keyboard.press('End');
  await stored.pressSequentially(' here');
  await expect(stored).toBeFocused();
  await expect(stored).toHaveValue('We run no models of this kind here');
});

const USE_CASE = 'Driver fatigue warnings from in-cab cameras';

test('arrow keys through a finding record only the finding the reviewer settles on', async ({ page }) => {
  const review = new ReviewPage(page);
  await review.startOnSample(USE_CASE);
  const history = page.getByText(/History intact: \d+ entr/).first();
  await expect(history).toBeVisible();
  const before = Number((await history.textContent())?.match(/(\d+) entr/)?.[1]);

  const blocker = review.item(/Every disparity beyond the agreed tolerance/);
  await review.choose(blocker, 'Met');
  await expect(history).toContainText(`${before + 1} entries`);
  // Met -> Partially met -> Not met with the arrow keys: one choice, one entry.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(review.status(blocker, 'Not met')).toBeChecked();
  await expect(review.status(blocker, 'Not met')).toBeFocused();
  await expect(history).toContainText(`${before + 2} entries`);
  await expect(page.locator('section[aria-labelledby="history-title"]')).not.toContainText('Partially met');
  await expect(review.summary).toContainText('Blocking findings: 1');
});

test('marking a review item not applicable keeps focus with the justification', async ({ page }) => {
  const review = new ReviewPage(page);
  await review.startOnSample(USE_CASE);
  const item = review.item(/An explanation method suited to the model/);
  await review.choose(item, 'Not applicable');
  const box = item.getByLabel('Why does this item not apply?');
  await box.focus();
  await box.pressSequentially('No learned model scores the driver.');
  await expect(box).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(item.getByRole('button', { name: 'Mark as not applicable' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(review.summary).toContainText('1 of 19 items answered');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('No learned model scores the driver.');
});
