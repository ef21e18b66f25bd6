import { expect, test } from '@playwright/test';
import { loadSampleWorkspace } from './pages/workspace';
import { open } from './pages/navigation';

test('a newcomer loads the sample workspace and finds every view filled in', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByText('never leaves it unless')).toBeVisible();
  await loadSampleWorkspace(page);
  await expect(page.getByRole('row', { name: /Assessments/ })).toContainText('6');

  await open(page, '/assessment/');
  await expect(page.getByRole('row', { name: /MLOps maturity review/ })).toContainText(/32 of 32.*\d\.\d of 4/);
  await page.getByRole('link', { name: 'Results' }).first().click();
  await expect(page.getByText(/Indicative maturity: level \d/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do first' })).toBeVisible();
  await expect(page.getByRole('option', { name: /./ }).nth(1)).toBeAttached();
});

test('framework references are named on a capability and on a checklist item', async ({ page }) => {
  await loadSampleWorkspace(page);
  await open(page, '/governance/review/?id=sample-review-chat-ethics-1');
  await expect(page.locator('.item-tags').first()).toContainText(/NIST AI RMF: (Govern|Map|Measure|Manage)/);
  await open(page, '/assessment/answer/?id=sample-assessment-2026q4');
  await page.getByText('Why this matters').click();
  await expect(page.getByRole('heading', { name: 'Framework references' })).toBeVisible();
  await expect(page.locator('.references li').first()).toContainText(/^(NIST AI RMF|ALTAI|EU AI Act|ISO\/IEC 42001).*: /);
});

test('deleting everything asks once and empties the workspace', async ({ page }) => {
  await loadSampleWorkspace(page);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row', { name: /Assessments/ })).toContainText('6');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything stored by the portal in this browser has been deleted.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Assessments/ })).toContainText('0');
  await open(page, '/assessment/');
  await expect(page.getByText('No assessments yet')).toBeVisible();
});

test('no request leaves the site', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://localhost')) outside.push(request.url());
  });
  await loadSampleWorkspace(page);
  for (const route of ['/', '/assessment/', '/workspace/', '/backlog/', '/governance/', '/reports/']) await open(page, route);
  await open(page, '/assessment/');
  await page.getByRole('link', { name: 'Results' }).first().click();
  await expect(page.getByRole('img', { name: /per capability/ }).first()).toBeVisible();
  expect(outside).toEqual([]);
});

test('the pages run under the Content Security Policy without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await loadSampleWorkspace(page);
  await open(page, '/assessment/');
  await page.getByRole('link', { name: 'Answer' }).first().click();
  await page.getByRole('button', { name: 'Preview notes' }).click();
  await page.getByRole('link', { name: 'See results' }).click();
  await expect(page.getByRole('img', { name: /per capability/ }).first()).toBeVisible();
  await open(page, '/backlog/');
  await expect(page.getByRole('img', { name: /business value against effort/i })).toBeVisible();
  await open(page, '/governance/review/?id=sample-review-chat-ethics-1');
  await expect(page.getByRole('img', { name: /NIST AI RMF functions/ })).toBeVisible();
  expect(violations).toEqual([]);
});
