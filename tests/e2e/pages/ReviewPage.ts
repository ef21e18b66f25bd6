import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, chooseRadio, pressEnter, typeInto } from './keyboard';
import { hydrated, open } from './navigation';
import { loadSampleWorkspace } from './workspace';

/** One revision of a governance review, as an ethics reviewer works through it. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  item(statement: RegExp | string): Locator {
    return this.page.getByRole('article', { name: statement });
  }

  /** The radio of one status in one item's "Your finding" group. */
  status(item: Locator, label: 'Met' | 'Partially met' | 'Not met' | 'Not applicable'): Locator {
    return item.getByRole('group', { name: 'Your finding' }).getByRole('radio', { name: label, exact: true });
  }

  /** Chooses a status with the keyboard: Tab into the item's group, arrow keys to it, then Space. */
  async choose(item: Locator, label: 'Met' | 'Partially met' | 'Not met' | 'Not applicable'): Promise<void> {
    await chooseRadio(this.status(item, label));
  }

  /** The element id of the first item without a finding (a stable handle: the list changes as items are answered). */
  async firstOpenId(): Promise<string | null> {
    // Read in one step inside the page: the list can change between a count and a later read.
    return this.page.evaluate(() => document.querySelector('article.item-card.status-open')?.id ?? null);
  }

  /** Tabs to a button and presses Enter. */
  async pressButton(name: string | RegExp, within: Locator | Page = this.page): Promise<void> {
    await pressEnter(within.getByRole('button', { name }));
  }

  /** Loads the sample workspace and starts a responsible-AI review of one of its use cases. */
  async startOnSample(useCase: string, reviewer = 'Astrid Hagen'): Promise<void> {
    await loadSampleWorkspace(this.page);
    await open(this.page, '/governance/');
    await this.pressButton('Start a review');
    await chooseRadio(this.page.getByRole('radio', { name: /Responsible AI and ethics/ }));
    // Options read "<title> (<tier> risk, <classification> data)": pick by title, whatever the sample says of it.
    const select = this.page.getByLabel('Use case', { exact: true });
    const label =
      (
        await select
          .locator('option', { hasText: `${useCase} (` })
          .first()
          .textContent()
      )?.trim() ?? useCase;
    await chooseOption(select, label);
    await typeInto(this.page.getByLabel('Your name'), reviewer);
    await this.pressButton('Start the review');
    await expect(this.page).toHaveURL(/\/governance\/review\/\?id=/);
    await hydrated(this.page);
  }

  get summary(): Locator {
    return this.page.getByRole('complementary', { name: 'Summary' });
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^Saved|saved as you go/ })).toBeVisible();
  }
}
