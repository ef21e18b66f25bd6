import { expect, test } from '@playwright/test';
import { chooseWithKeys } from './pages/keyboard';
import { open } from './pages/navigation';
import { loadSampleWorkspace } from './pages/workspace';

for (const width of [1280, 360]) {
  test(`an ethics reviewer screens the risk tier of a use case under review, overrules it with a reason, and finds it in the review history (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await loadSampleWorkspace(page);
    await open(page, '/backlog/use-case/?id=sample-usecase-24');
    const panel = page.getByRole('region', { name: 'Risk tier' });
    await expect(panel).toContainText('Not screened yet');

    await chooseWithKeys(page, 'Could the system be used for a practice the EU AI Act prohibits?', 0);
    await chooseWithKeys(
      page,
      'Is it used in one of the areas the EU AI Act lists as high-risk, or as a safety part of a regulated product?',
      0,
    );
    await chooseWithKeys(
      page,
      'Does its output decide, or shape, decisions with legal or similarly significant effects on a person?',
      1,
    );
    await chooseWithKeys(page, 'Could a wrong output hurt someone or endanger health or safety?', 0);
    await chooseWithKeys(page, 'How many people would its outputs affect in a year?', 0);
    await chooseWithKeys(page, 'If it gets an outcome wrong, can the effect be noticed and put right quickly?', 1);
    await chooseWithKeys(page, 'Does it affect people who are less able to protect their own interests?', 1);
    await chooseWithKeys(page, 'Do people talk to it directly, or receive content it generated, without a person in between?', 0);

    // Three medium signals add up to high, and the reasons say so.
    await expect(panel.getByRole('heading', { name: 'Suggested tier: High' })).toBeVisible();
    await expect(panel).toContainText('3 factors each call for medium risk');

    // Overruling needs a justification: without one, nothing is stored and the summary says why.
    await page.getByRole('radio', { name: 'Medium' }).check();
    await page.getByLabel('Your name').pressSequentially('Nils Bakke');
    await page.getByRole('button', { name: 'Record the risk tier' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'say why the tier should be medium rather than the suggested high',
    );
    await expect(panel).toContainText('Not screened yet');

    // The reviewer goes with the suggestion after all.
    await page.getByRole('radio', { name: 'High (suggested)' }).check();
    await page.getByRole('button', { name: 'Record the risk tier' }).click();
    await expect(panel.getByRole('status')).toContainText('Risk tier recorded. The change is in the history of its review.');
    await expect(panel).toContainText('High risk, decided by Nils Bakke');

    // The use case's review records the screening in its history.
    await open(page, '/governance/');
    await page
      .getByRole('link', { name: /Driver expense claim checks/ })
      .first()
      .click();
    await page.waitForURL(/\/governance\/review\//);
    await expect(page.getByRole('table', { name: /history/i })).toContainText('Risk tier screened');
  });
}
