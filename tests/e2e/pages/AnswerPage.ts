import { expect, type Locator, type Page } from '@playwright/test';
import { chooseRadio, pressEnter } from './keyboard';
import { hydrated, open } from './navigation';

/** The answering screen of one assessment. */
export class AnswerPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.capabilityTitle });
  }

  capabilityTitle = /./;

  level(level: number): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^Level ${level}:`) });
  }

  get dontKnow(): Locator {
    return this.page.getByRole('radio', { name: "Don't know" });
  }

  get notApplicable(): Locator {
    return this.page.getByRole('radio', { name: 'Not applicable' });
  }

  get target(): Locator {
    return this.page.getByLabel('Target level');
  }

  get notes(): Locator {
    return this.page.getByLabel('Notes', { exact: true });
  }

  async currentTitle(): Promise<string> {
    return (await this.page.locator('#capability-title').textContent()) ?? '';
  }

  /** Chooses a radio with the keyboard: Tab into its group, arrow keys to it, then Space. */
  async chooseWithKeyboard(radio: Locator): Promise<void> {
    await chooseRadio(radio);
  }

  async next(): Promise<void> {
    const before = await this.currentTitle();
    await pressEnter(this.page.getByRole('button', { name: /^Next:/ }));
    await expect(this.page.locator('#capability-title')).not.toHaveText(before);
  }

  /** Follows the capability's link in the list of capabilities, with Tab and Enter. */
  async jumpTo(title: string): Promise<void> {
    await pressEnter(
      this.page
        .getByRole('navigation', { name: 'Capabilities' })
        .getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}\\s*,`) }),
    );
    await expect(this.page.locator('#capability-title')).toHaveText(title);
  }

  async waitSaved(): Promise<void> {
    const status = this.page.locator('.save-state');
    await expect(status).toHaveAttribute('aria-busy', 'false');
    await expect(status).toHaveText(/^Saved \d/);
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Starts a new assessment from /assessment/, typing its name, and waits on its answering page. */
export async function startAssessment(page: Page, name: string): Promise<void> {
  await open(page, '/assessment/');
  await pressEnter(page.getByRole('button', { name: 'New assessment' }));
  const field = page.getByLabel('Name', { exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await field.pressSequentially(name);
  await pressEnter(page.getByRole('button', { name: 'Create and start answering' }));
  await expect(page).toHaveURL(/\/assessment\/answer\/\?id=/);
  await hydrated(page);
}
