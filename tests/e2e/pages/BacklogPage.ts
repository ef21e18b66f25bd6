import { expect, type Locator, type Page } from '@playwright/test';
import { open, typeInto } from './navigation';

/** The backlog list page and a use case's own page, as a domain expert uses them. */
export class BacklogPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await open(this.page, '/backlog/');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /Ranked use cases/ });
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(escape(title)) }) });
  }

  async addUseCase(title: string, fields: { family?: string; riskTier?: string; tags?: string } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a use case' }).click();
    await typeInto(this.page.getByLabel('Title', { exact: true }), title);
    if (fields.family) await this.page.getByLabel('Use-case family').selectOption({ label: fields.family });
    if (fields.riskTier) await this.page.getByLabel('Risk tier').selectOption({ label: fields.riskTier });
    if (fields.tags) await typeInto(this.page.getByLabel('Tags (optional)'), fields.tags);
    await this.page.getByRole('button', { name: 'Add and start rating' }).click();
    await expect(this.page).toHaveURL(/\/backlog\/use-case\/\?id=/);
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async addRater(name: string, role: string): Promise<void> {
    await typeInto(this.page.getByLabel('Name', { exact: true }), name);
    await typeInto(this.page.getByLabel('Role (optional)').last(), role);
    await this.page.getByRole('button', { name: 'Add rater and rate' }).click();
    await expect(this.page.getByRole('heading', { name: `Ratings by ${name}` })).toBeVisible();
  }

  /** Picks an anchored rating with the keyboard: focus the radio, then Space. */
  async rate(criterion: string, score: number): Promise<void> {
    const radio = this.page
      .getByRole('group', { name: criterion, exact: true })
      .getByRole('radio', { name: new RegExp(`^${score}: `) });
    await radio.focus();
    await this.page.keyboard.press('Space');
    await expect(radio).toBeChecked();
  }

  async chooseProfile(name: string): Promise<void> {
    await this.page.getByLabel('Rank with').selectOption({ label: name });
  }

  async openCsvPanel(): Promise<void> {
    await this.page.getByRole('button', { name: 'CSV export and import' }).click();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
