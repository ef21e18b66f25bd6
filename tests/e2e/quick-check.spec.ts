import { expect, test } from '@playwright/test';
import { chooseWithKeys } from './pages/keyboard';
import { open } from './pages/navigation';
import { loadSampleWorkspace } from './pages/workspace';
import { expectNoViolations } from './pages/axe';

for (const width of [1280, 360]) {
  test(`a leader takes the quick check, sees where they stand and starts a full assessment of estimates (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, '/assessment/');
    await page.getByRole('link', { name: 'Take the quick check' }).click();
    await page.waitForURL(/\/assessment\/quick\//);
    await open(page, '/assessment/quick/');

    await chooseWithKeys(page, /Who owns making machine learning work/, 1);
    await chooseWithKeys(page, /How does a finished model get into production/, 2);
    await chooseWithKeys(page, /How do you find out that a live model has got worse/, 0);
    await expect(page.getByRole('heading', { name: /Questions \(3 of 11 answered\)/ })).toBeVisible();

    // The answers survive a reload.
    await page.reload();
    await open(page, '/assessment/quick/');
    await expect(page.getByRole('heading', { name: /Questions \(3 of 11 answered\)/ })).toBeVisible();

    const result = page.getByRole('region', { name: 'Where you stand' });
    await expect(result).toContainText('Estimated level 1');
    await expect(result.getByRole('listitem').first()).toContainText('Monitoring for drift and decay');

    const name = page.getByLabel('Name of the assessment');
    await name.fill('');
    await name.pressSequentially('Leadership estimate');
    await page.getByRole('button', { name: 'Start a full assessment from these answers' }).click();
    await page.waitForURL(/\/assessment\/answer\/\?id=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Leadership estimate' })).toBeVisible();
    await expect(page.getByText(/answers are estimates from the quick check/)).toBeVisible();
    await expect(page.getByText('This level is an estimate from the quick check.')).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Confirm this level' }).click();
    await expect(page.getByText('This level is an estimate from the quick check.')).toHaveCount(0);
  });
}

test('an assessment answered against the previous questionnaire keeps its answers and lists what is new', async ({ page }) => {
  await loadSampleWorkspace(page);
  // Turn the sample assessment into one answered against version 1.0.0, as an older portal stored it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('mlops-maturity-portal');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const store = database.transaction('assessments', 'readwrite').objectStore('assessments');
          const get = store.get('sample-assessment-2026q4');
          get.onsuccess = () => {
            const assessment = get.result as { questionnaire: { version: string; hash: string } };
            assessment.questionnaire = { ...assessment.questionnaire, version: '1.0.0', hash: '1'.repeat(64) };
            store.put(assessment).onsuccess = () => {
              database.close();
              resolve();
            };
          };
        };
      }),
  );
  await open(page, '/assessment/answer/?id=sample-assessment-2026q4');
  const notice = page.getByRole('region', { name: 'The questionnaire has changed since this assessment was started' });
  await expect(notice).toContainText('It was started with version 1.0.0');
  await expect(notice).toContainText('Every answer given is kept.');
  await expect(notice.getByRole('button', { name: 'Controlled releases and online experiments' })).toBeVisible();
  await expectNoViolations(page);
  await notice.getByRole('button', { name: 'Experiment tracking and reproducibility' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Experiment tracking and reproducibility' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Level 2/ })).toBeChecked();
  await notice.getByRole('button', { name: /Done: I have checked them/ }).click();
  await expect(notice).toHaveCount(0);
});
