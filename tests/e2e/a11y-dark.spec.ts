import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './pages/navigation';
import { loadSampleWorkspace } from './pages/workspace';

test.use({ colorScheme: 'dark' });

test('the dark theme keeps AA contrast on the home, answering and results pages', async ({ page }) => {
  await loadSampleWorkspace(page);
  const check = async () => {
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
  };
  await open(page, '/');
  await check();
  await open(page, '/assessment/answer/?id=sample-assessment-2026q4');
  await expect(page.locator('#capability-title')).toBeVisible();
  await check();
  await open(page, '/assessment/results/?id=sample-assessment-2026q4');
  await expect(page.getByRole('heading', { name: 'Roadmap' })).toBeVisible();
  await check();
});

test('the dark theme keeps AA contrast on the backlog and a use case', async ({ page }) => {
  await loadSampleWorkspace(page);
  const check = async () => {
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
  };
  await open(page, '/backlog/');
  await page.getByLabel('Rank with').selectOption({ label: 'Data first' });
  await expect(page.getByRole('heading', { name: 'What moved' })).toBeVisible();
  await check();
  await open(page, '/backlog/use-case/?id=sample-usecase-06');
  await expect(page.getByText('Blocked: no usable data.')).toBeVisible();
  await check();
});
