import { expect, test } from '@playwright/test';
import { AnswerPage, startAssessment } from './pages/AnswerPage';
import { hydrated, open } from './pages/navigation';
import { loadSampleWorkspace } from './pages/workspace';

test.use({ viewport: { width: 360, height: 740 } });

test('on a phone, the bar at the foot of a review never hides the control that has focus', async ({ page }) => {
  await loadSampleWorkspace(page);
  await open(page, '/governance/review/?id=sample-review-reefer-model-1');
  const bar = page.locator('.mobile-summary');
  await expect(bar).toBeVisible();
  await page.locator('h1').focus();
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(() => {
      const focused = document.activeElement;
      const footer = document.querySelector('.mobile-summary');
      if (!focused || !footer || focused === footer || footer.contains(focused)) return null;
      const box = focused.getBoundingClientRect();
      const barTop = footer.getBoundingClientRect().top;
      return box.bottom > barTop + 1
        ? `${focused.tagName} ${focused.textContent?.slice(0, 40)} ends at ${box.bottom}, bar at ${barTop}`
        : null;
    });
    expect(hidden).toBeNull();
  }
});

test('on a phone, the question comes first in tab order as on screen, and a skip link reaches it', async ({ page }) => {
  await startAssessment(page, 'Phone order');
  const answer = new AnswerPage(page);
  const skip = page.getByRole('link', { name: 'Skip to the question' });
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#capability-title')).toBeFocused();
  await page.keyboard.press('Tab');
  // "Why this matters", then the first level: the list of capabilities comes after the question.
  await expect(page.locator('details.why summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(answer.level(0)).toBeFocused();
  const navTop = await page.getByRole('navigation', { name: 'Capabilities' }).evaluate((nav) => nav.getBoundingClientRect().top);
  const questionTop = await page.locator('#capability-title').evaluate((heading) => heading.getBoundingClientRect().top);
  expect(navTop).toBeGreaterThan(questionTop);
});

test('on a phone, a wide table scrolls from the keyboard and says that it scrolls', async ({ page }) => {
  await loadSampleWorkspace(page);
  await open(page, '/assessment/');
  const region = page.getByRole('region', { name: 'Your assessments' });
  await expect(region).toBeVisible();
  await expect(page.getByText('Scroll sideways for more columns')).toBeVisible();
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('on a phone, a wide table far down the steering report is a tab stop that scrolls, laid out or not', async ({ page }) => {
  await loadSampleWorkspace(page);
  await open(page, '/reports/steering/');
  const region = page.getByRole('region', { name: 'Current reviews, blocking findings first' });
  // Far below the first screen, the section is not laid out until the reader comes near it; the
  // table is measured once the page is idle, so moving there with Tab stops at it.
  await expect(region).toHaveCount(1);
  await page.getByRole('heading', { level: 1 }).focus();
  let reached = false;
  for (let step = 0; step < 120 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = await region.evaluate((element) => element === document.activeElement);
  }
  expect(reached).toBe(true);
  await expect(region).toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('on a phone, the results show one readable radar per dimension', async ({ page }) => {
  await loadSampleWorkspace(page);
  await open(page, '/assessment/results/?id=sample-assessment-2026q4');
  await hydrated(page);
  const charts = page.getByRole('img', { name: /current level, target/ });
  await expect(charts).toHaveCount(3);
  for (const chart of await charts.all()) {
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(360);
  }
});
