import { expect, type Page } from '@playwright/test';

/** Loads the sample workspace through the Workspace page, as a newcomer would. */
export async function loadSampleWorkspace(page: Page): Promise<void> {
  await page.goto('/workspace/');
  await page.getByRole('button', { name: 'Load the sample workspace' }).click();
  const confirm = page.getByRole('button', { name: 'Yes, replace with the sample' });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(page.getByText('The sample workspace is loaded')).toBeVisible();
}
