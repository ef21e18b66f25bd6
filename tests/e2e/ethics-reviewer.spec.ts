import { expect, test } from '@playwright/test';
import { chooseFile, chooseOption, chooseRadio, pressEnter, typeInto } from './pages/keyboard';
import { open } from './pages/navigation';
import { ReviewPage } from './pages/ReviewPage';
import { loadSampleWorkspace } from './pages/workspace';

const USE_CASE = 'Driver fatigue warnings from in-cab cameras';
const USE_CASE_PAGE = '/backlog/use-case/?id=sample-usecase-06';

test('an ethics reviewer runs a review with the keyboard, signs off, finds it locked and reopens a revision', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const review = new ReviewPage(page);
  await loadSampleWorkspace(page);

  // Start: the responsible-AI checklist on a high-risk use case that has no review yet.
  await open(page, '/governance/');
  await review.pressButton('Start a review');
  await chooseRadio(page.getByRole('radio', { name: /Responsible AI and ethics/ }));
  await chooseOption(page.getByLabel('Use case', { exact: true }), `${USE_CASE} (high risk, sensitive data)`);
  await typeInto(page.getByLabel('Your name'), 'Astrid Hagen');
  await expect(page.getByText('19 of 19 items apply to this use case.')).toBeVisible();
  await review.pressButton('Start the review');
  await expect(page).toHaveURL(/\/governance\/review\/\?id=/);
  await expect(page.getByRole('heading', { level: 1, name: USE_CASE })).toBeVisible();
  await expect(review.summary).toContainText('0 of 19 items answered');

  // "Not applicable" without a justification is refused, and nothing is stored.
  const explanation = review.item(/An explanation method suited to the model/);
  await review.choose(explanation, 'Not applicable');
  await review.pressButton('Mark as not applicable', explanation);
  await expect(explanation.getByText('Say why this item does not apply before marking it not applicable.')).toBeVisible();
  await expect(review.summary).toContainText('0 of 19 items answered');
  await typeInto(
    explanation.getByLabel('Why does this item not apply?'),
    'Warnings come from fixed fatigue thresholds; no learned model scores the driver.',
  );
  await review.pressButton('Mark as not applicable', explanation);
  await expect(review.summary).toContainText('1 of 19 items answered');

  // Every other item is met, chosen with the keyboard; one blocker is first marked not met, then fixed.
  const blocker = review.item(/Every disparity beyond the agreed tolerance/);
  await review.choose(blocker, 'Not met');
  await expect(review.summary).toContainText('Blocking findings: 1');
  for (let id = await review.firstOpenId(); id !== null; id = await review.firstOpenId())
    await review.choose(page.locator(`#${id}`), 'Met');
  await review.choose(blocker, 'Met');
  await expect(review.summary).toContainText('19 of 19 items answered');
  await expect(review.summary).toContainText('Blocking findings: 0');
  await review.waitSaved();
  await expect(page.getByText(/History intact: 21 entries/).first()).toBeVisible();

  // Sign-off: a missing role is named in the error summary; then the revision is locked.
  await chooseRadio(page.getByRole('radio', { name: /^Approve Every applicable item/ }));
  await review.pressButton('Sign off and lock this revision');
  const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('link', { name: /Enter the reviewer’s role/ })).toBeVisible();
  await typeInto(page.getByLabel('Reviewer’s role'), 'AI ethics reviewer');
  await review.pressButton('Sign off and lock this revision');
  await expect(page.getByText('Signed off and read-only.')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByLabel('Recording changes as')).toHaveCount(0);
  await expect(explanation).toContainText('Justification: Warnings come from fixed fatigue thresholds');
  await expect(page.getByText(/History intact: 22 entries/).first()).toBeVisible();
  const reviewPage = page.url();

  // The backlog shows the decision.
  await open(page, '/governance/');
  await expect(page.getByRole('row', { name: new RegExp(USE_CASE) })).toContainText('Signed off: approve');
  await open(page, USE_CASE_PAGE);
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Governance' }) })).toContainText(
    'Approved',
  );

  // Reopen as revision 2: revision 1 stays, read-only and superseded.
  await page.goto(reviewPage);
  await expect(page.getByRole('heading', { level: 1, name: USE_CASE })).toBeVisible();
  await review.pressButton('Reopen as revision 2');
  await typeInto(page.getByLabel('Why is the review reopened?'), 'The warning thresholds were retuned after the pilot.');
  await review.pressButton('Reopen as revision 2');
  await expect(page.getByText(/Revision 2 · started/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Revisions' })).toContainText('Revision 1 superseded (was: approve)');
  await expect(review.summary).toContainText('19 of 19 items answered');
  await expect(review.status(explanation, 'Not applicable')).toBeChecked();
  await expect(page.getByText(/History intact: 23 entries/).first()).toBeVisible();

  await open(page, USE_CASE_PAGE);
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Governance' }) })).toContainText(
    'In review',
  );

  await page.goto(reviewPage);
  await expect(page.getByText('Revision 1 was superseded by revision 2.')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
});

test('a template file with mistakes is refused with the places named, and a valid one is imported', async ({ page }) => {
  await open(page, '/governance/');
  const file = page.getByLabel('Template file (YAML or JSON)');
  await chooseFile(file, 'tests/fixtures/templates/bad-severity.yaml');
  await expect(page.getByRole('alert')).toContainText('bad-severity.yaml cannot be imported');
  await expect(page.getByRole('alert')).toContainText('items[0].severity');
  await chooseFile(file, 'tests/fixtures/templates/valid-vendor-ai.yaml');
  await expect(page.getByRole('heading', { name: /Third-party AI services/ })).toBeVisible();
  await expect(page.getByText('3 items in 2 sections; 1 blockers; 2 with conditions.')).toBeVisible();
  await pressEnter(page.getByRole('button', { name: 'Import this template' }));
  await expect(page.getByText('“Third-party AI services” version 1.0.0 is imported')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Imported by your organisation' })).toContainText('vendor-ai-services');

  // It can be used straight away, for a named model.
  await pressEnter(page.getByRole('button', { name: 'Start a review' }));
  await chooseRadio(page.getByRole('radio', { name: /Third-party AI services/ }));
  await chooseRadio(page.getByRole('radio', { name: 'A named model' }));
  await typeInto(page.getByLabel('Model name'), 'Supplier OCR service');
  await typeInto(page.getByLabel('Your name'), 'Astrid Hagen');
  await pressEnter(page.getByRole('button', { name: 'Start the review' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Supplier OCR service' })).toBeVisible();
  await expect(page.getByText(/Included because the conditions cannot be checked for a named model/).first()).toBeVisible();
  // An imported template's references are named in the browser, as the built-in ones are at build.
  await expect(page.locator('.item-tags').first()).toContainText(
    'NIST AI RMF: Map · ALTAI (Assessment List for Trustworthy AI): Transparency',
  );
  // Its guidance is Markdown, rendered (as a list, not as typed) when the reviewer opens it.
  const firstCard = page.locator('.item-card').first();
  await pressEnter(firstCard.getByText('How to check it'));
  await expect(firstCard.locator('.guidance li').first()).toHaveText('intended and out-of-scope uses;');
  await expect(firstCard.locator('.guidance')).not.toContainText('- intended');
});

test('"Print the review record" pressed as the review opens prints every note, link and the history', async ({ page }) => {
  await loadSampleWorkspace(page);
  // What the browser would lay out: the page after the beforeprint handlers and the renders they
  // queue (microtasks) have run.
  await page.addInitScript(() => {
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      void Promise.resolve()
        .then(() => new Promise((resolve) => queueMicrotask(() => resolve(null))))
        .then(() => {
          document.body.dataset['printedCard'] = document.querySelector<HTMLElement>('.item-card')?.innerText ?? '';
          document.body.dataset['printed'] = document.body.innerText;
          window.dispatchEvent(new Event('afterprint'));
        });
    };
  });
  // A slow connection: the review's deferred parts are still on their way when Print is pressed.
  await page.route(/\/_astro\/(reviewParts|ReviewRecord)\.[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await open(page, '/governance/review/?id=sample-review-chat-ethics-1');
  await pressEnter(page.getByRole('button', { name: 'Print the review record' }));
  await expect(page.getByText('Opening the decision and history…')).toBeVisible();
  await expect(page.locator('body[data-printed]')).toHaveCount(1);
  const printed = (await page.locator('body').getAttribute('data-printed')) ?? '';
  expect(printed).not.toContain('Opening the');
  // The first item's evidence link, shown in the printout although its card is closed on screen.
  expect(await page.locator('body').getAttribute('data-printed-card')).toContain('Assistant charter, v2');
  expect(printed).toMatch(/History\s+intact/);
  expect(printed).toContain('Decision');
});
