import { expect, test } from '@playwright/test';
import { loadSampleWorkspace } from './pages/workspace';
import { open } from './pages/navigation';
import { expectNoViolations } from './pages/axe';

const staticRoutes = ['/', '/assessment/', '/assessment/quick/', '/backlog/', '/governance/', '/reports/', '/workspace/'];

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
    await expect(page.getByRole('img', { name: /per capability/ }).first()).toBeVisible();
    await expectNoViolations(page);
  });

  test('axe finds no violations on the governance pages: list, open review, sign-off errors, signed-off and superseded revisions', async ({
    page,
  }) => {
    await open(page, '/governance/');
    await expect(page.getByRole('table', { name: 'Governance reviews' })).toBeVisible();
    await page.getByRole('button', { name: 'Start a review' }).click();
    await expect(page.getByRole('heading', { name: 'Start a review' })).toBeVisible();
    await expectNoViolations(page);

    await open(page, '/governance/review/?id=sample-review-chat-ethics-1');
    await expect(page.getByText('History intact').first()).toBeVisible();
    await expect(page.getByRole('img', { name: /NIST AI RMF functions/ })).toBeVisible();
    const openItem = page.locator('#item-operators-trained');
    await openItem.getByRole('radio', { name: 'Not applicable' }).check();
    await openItem.getByRole('button', { name: 'Mark as not applicable' }).click();
    await openItem.getByRole('button', { name: /Notes and evidence/ }).click();
    await page.getByRole('button', { name: 'Sign off and lock this revision' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
    await expectNoViolations(page);

    await open(page, '/governance/review/?id=sample-review-eta-readiness-1');
    await expect(page.getByText('Signed off and read-only.')).toBeVisible();
    await expectNoViolations(page);

    await open(page, '/governance/review/?id=sample-review-customs-validation-1');
    await expect(page.getByText('Revision 1 was superseded by revision 2.')).toBeVisible();
    await expectNoViolations(page);
  });

  test('axe finds no violations on the workspace page with data and a pending confirmation', async ({ page }) => {
    await open(page, '/workspace/');
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Delete everything?' })).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe('the use-case backlog', () => {
  test('axe finds no violations on the empty backlog with the add form, the CSV panel and a refused file', async ({ page }) => {
    await open(page, '/backlog/');
    await expect(page.getByRole('heading', { name: 'No use cases yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Add a use case' }).click();
    await page.getByRole('button', { name: 'Add and start rating' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
    await page.getByRole('button', { name: 'CSV export and import' }).click();
    await page
      .getByLabel('Choose a CSV file to import')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('title,cost\n,9\n') });
    await expect(page.getByText('bad.csv was not imported.')).toBeVisible();
    await expectNoViolations(page);

    await open(page, '/backlog/use-case/?id=no-such-use-case');
    await expect(page.getByRole('heading', { level: 1, name: 'Use case not found' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('axe finds no violations on the filled backlog, a comparison, an import preview and a use case with its rating form', async ({
    page,
  }) => {
    await loadSampleWorkspace(page);
    await open(page, '/backlog/');
    await expect(page.getByRole('table', { name: /Ranked use cases/ })).toBeVisible();
    await page.getByLabel('Rank with').selectOption({ label: 'Quick wins' });
    await expect(page.getByRole('heading', { name: 'What moved' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Bubble chart of business value against effort/ })).toBeVisible();
    await page.getByRole('button', { name: 'CSV export and import' }).click();
    await page.getByLabel('Choose a CSV file to import').setInputFiles({
      name: 'mixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('title,rater_name,cost\nNew idea,Kari,2\nBroken,Kari,8\n'),
    });
    await expect(page.getByRole('heading', { name: /Check before importing/ })).toBeVisible();
    await expectNoViolations(page);

    await open(page, '/backlog/use-case/?id=sample-usecase-05');
    await expect(page.getByRole('heading', { name: 'Where it stands' })).toBeVisible();
    await page.getByRole('button', { name: 'Lars Eide' }).click();
    await expect(page.getByRole('heading', { name: 'Ratings by Lars Eide' })).toBeVisible();
    await expectNoViolations(page);
  });
});
