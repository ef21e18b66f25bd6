import { expect, type Page } from '@playwright/test';
import { pressEnter } from './keyboard';
import { open } from './navigation';

/** Loads the sample workspace through the Workspace page, as a newcomer would. */
export async function loadSampleWorkspace(page: Page): Promise<void> {
  await open(page, '/workspace/');
  const assessments = page.getByRole('row', { name: /Assessments/ });
  await expect(assessments).toBeVisible();
  const confirm = page.getByRole('button', { name: 'Yes, replace with the sample' });
  const loaded = page.getByText('The sample workspace is loaded');
  await pressEnter(page.getByRole('button', { name: 'Load the sample workspace' }));
  // An empty workspace takes the sample at once; one with data asks first.
  await expect(confirm.or(loaded)).toBeVisible();
  if (await confirm.isVisible()) await pressEnter(confirm);
  await expect(loaded).toBeVisible();
}
