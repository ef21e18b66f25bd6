import { expect, type Page } from '@playwright/test';
import { pressEnter, typeInto } from './keyboard';
import { open } from './navigation';

/** Starts a new assessment from the list, typing its name key by key, and waits for the answering page. */
export async function newAssessment(page: Page, name: string): Promise<void> {
  await open(page, '/assessment/');
  await pressEnter(page.getByRole('button', { name: 'New assessment' }));
  await typeInto(page.getByLabel('Name', { exact: true }), name);
  await pressEnter(page.getByRole('button', { name: 'Create and start answering' }));
  await expect(page).toHaveURL(/\/assessment\/answer\/\?id=/);
}
