import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadSampleWorkspace } from './pages/workspace';
import { open } from './pages/navigation';

const staticRoutes = ['/', '/assessment/', '/backlog/', '/governance/', '/reports/', '/workspace/'];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

for (const route of staticRoutes) {
  test(`axe finds no violations on ${route} in an empty workspace`, async ({ page }) => {
    await open(page, route);
    await expect(page.locator('h1')).toBeVisible();
    await expectNoViolations(page);
  });
}

test.describe('with the sample workspace', () => {
  test.beforeEach(async ({ page }) => loadSampleWorkspace(page));

  test('axe finds no violations on the filled assessment pages', async ({ page }) => {
    await open(page, '/assessment/');
    await expect(page.getByRole('table', { name: 'Your assessments' })).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Answer' }).first().click();
    await expect(page.locator('#capability-title')).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'See results' }).click();
    await expect(page.getByRole('heading', { name: 'Roadmap' })).toBeVisible();
    await page.getByLabel('Compare with').selectOption({ index: 1 });
    await expect(page.getByRole('img', { name: /per capability/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test('axe finds no violations on the workspace page with data and a pending confirmation', async ({ page }) => {
    await open(page, '/workspace/');
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Delete everything?' })).toBeVisible();
    await expectNoViolations(page);
  });
});
