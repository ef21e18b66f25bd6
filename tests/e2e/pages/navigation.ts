import type { Locator, Page } from '@playwright/test';

/** Waits until every island on the page has hydrated (Astro drops the `ssr` attribute then). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
}

/** Opens a route and waits for its islands, so clicks never land on server-rendered markup. */
export async function open(page: Page, route: string): Promise<void> {
  await page.goto(route);
  await hydrated(page);
}

/** Types into a field as a person does: focus it, select what is there, then press each key. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('ControlOrMeta+A');
  if (text === '') await field.press('Delete');
  else await field.pressSequentially(text);
}

/** Picks a choice in a radio group from the keyboard: focus its first choice, select it, then arrow down `steps` times. */
export async function chooseWithKeys(page: Page, group: string | RegExp, steps: number): Promise<void> {
  await page.getByRole('group', { name: group }).getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
}
