import { expect, type Page } from '@playwright/test';
import { open } from './navigation';

/** Starts a new assessment from the list, typing its name key by key, and waits for the answering page. */
export async function newAssessment(page: Page, name: string): Promise<void> {
  await open(page, '/assessment/');
  await page.getByRole('button', { name: 'New assessment' }).click();
  const field = page.getByLabel('Name', { exact: true });
  await field.fill('');
  await field.pressSequentially(name);
  await page.getByRole('button', { name: 'Create and start answering' }).click();
  await expect(page).toHaveURL(/\/assessment\/answer\/\?id=/);
}
