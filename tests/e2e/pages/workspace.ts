import { expect, type Page } from '@playwright/test';
import { open } from './navigation';

/** Loads the sample workspace through the Workspace page, as a newcomer would. */
export async function loadSampleWorkspace(page: Page): Promise<void> {
  await open(page, '/workspace/');
  const assessments = page.getByRole('row', { name: /Assessments/ });
  await expect(assessments).toBeVisible();
  const empty = (await page.getByText('The workspace is empty.').count()) > 0;
  await page.getByRole('button', { name: 'Load the sample workspace' }).click();
  if (!empty) await page.getByRole('button', { name: 'Yes, replace with the sample' }).click();
  await expect(page.getByText('The sample workspace is loaded')).toBeVisible();
}
