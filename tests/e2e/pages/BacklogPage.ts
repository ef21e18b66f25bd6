import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, chooseRadio, pressEnter, tabTo, typeInto } from './keyboard';
import { open } from './navigation';

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
    await pressEnter(this.page.getByRole('button', { name: 'Add a use case' }));
    await typeInto(this.page.getByLabel('Title', { exact: true }), title);
    if (fields.family) await chooseOption(this.page.getByLabel('Use-case family'), fields.family);
    if (fields.riskTier) await chooseOption(this.page.getByLabel('Risk tier'), fields.riskTier);
    if (fields.tags) await typeInto(this.page.getByLabel('Tags (optional)'), fields.tags);
    await pressEnter(this.page.getByRole('button', { name: 'Add and start rating' }));
    await expect(this.page).toHaveURL(/\/backlog\/use-case\/\?id=/);
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async addRater(name: string, role: string): Promise<void> {
    await typeInto(this.page.getByLabel('Name', { exact: true }), name);
    await typeInto(this.page.getByLabel('Role (optional)').last(), role);
    await pressEnter(this.page.getByRole('button', { name: 'Add rater and rate' }));
    await expect(this.page.getByRole('heading', { name: `Ratings by ${name}` })).toBeVisible();
  }

  /** Picks an anchored rating with the keyboard: Tab into the criterion, arrow keys, then Space. */
  async rate(criterion: string, score: number): Promise<void> {
    await chooseRadio(
      this.page.getByRole('group', { name: criterion, exact: true }).getByRole('radio', { name: new RegExp(`^${score}: `) }),
    );
  }

  /**
   * Types the profile's name on the focused list, which jumps straight to it: one change, so
   * "What moved" compares with the profile chosen before. (Arrowing through the list makes each
   * profile passed on the way a change of its own.)
   */
  async chooseProfile(name: string): Promise<void> {
    const select = this.page.getByLabel('Rank with');
    await tabTo(select);
    await this.page.keyboard.type(name);
    await expect(select.locator('option:checked')).toHaveText(name);
  }

  async openCsvPanel(): Promise<void> {
    await pressEnter(this.page.getByRole('button', { name: 'CSV export and import' }));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
