import { expect, test } from '@playwright/test';
import { AnswerPage, escapeRegExp } from './pages/AnswerPage';
import { chooseOption, followLink, pressEnter, typeInto } from './pages/keyboard';
import { hydrated, open } from './pages/navigation';

test('a leader answers with the keyboard, reloads, sees results, freezes a milestone and sees a change', async ({ page }) => {
  await open(page, '/assessment/');
  await expect(page.getByText('No assessments yet')).toBeVisible();

  // Two steps to start: "New assessment", then "Create and start answering".
  await pressEnter(page.getByRole('button', { name: 'New assessment' }));
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await typeInto(name, 'Platform team, Q4');
  await typeInto(page.getByLabel('Organisation (optional)'), 'Example Org');
  await pressEnter(page.getByRole('button', { name: 'Create and start answering' }));
  await expect(page).toHaveURL(/\/assessment\/answer\/\?id=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Platform team, Q4' })).toBeVisible();
  await hydrated(page);

  const answer = new AnswerPage(page);
  const firstTitle = await answer.currentTitle();
  await answer.chooseWithKeyboard(answer.level(2));
  await chooseOption(answer.target, { value: '3' });
  await answer.chooseWithKeyboard(page.getByRole('radio', { name: /^Medium/ }));
  await typeInto(answer.notes, 'We run **weekly** reviews.');

  // Evidence: a non-web address is refused with a message, a web address is kept.
  await typeInto(page.getByLabel('Link label'), 'Skills matrix');
  await typeInto(page.getByLabel('Address (http or https)'), 'javascript:alert(1)');
  await pressEnter(page.getByRole('button', { name: 'Add evidence link' }));
  // The one error pattern: a summary that takes focus and links to the field, and the message at the field.
  const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problem).toBeFocused();
  await expect(page.locator('.field-error').getByText(/Only web addresses starting with http/)).toBeVisible();
  // The summary's link takes the keyboard back to the field.
  await pressEnter(problem.getByRole('link', { name: /Only web addresses starting with http/ }));
  const address = page.getByLabel('Address (http or https)');
  await expect(address).toBeFocused();
  await typeInto(address, 'https://wiki.example.org/skills');
  await pressEnter(page.getByRole('button', { name: 'Add evidence link' }));
  await expect(page.getByRole('link', { name: 'Skills matrix' })).toBeVisible();

  await answer.next();
  const secondTitle = await answer.currentTitle();
  await answer.chooseWithKeyboard(answer.dontKnow);

  await answer.next();
  const thirdTitle = await answer.currentTitle();
  await answer.chooseWithKeyboard(answer.notApplicable);
  const reason = page.getByLabel('Why does this not apply?');
  await pressEnter(page.getByRole('button', { name: 'Mark as not applicable' }));
  await expect(page.getByText('Say why this capability does not apply')).toBeVisible();
  await typeInto(reason, 'We have a single small team.');
  await answer.next();
  await answer.chooseWithKeyboard(answer.level(1));
  await expect(page.getByText('Answered 4 of')).toBeVisible();
  await answer.waitSaved();

  // A reload loses nothing.
  await page.reload();
  await hydrated(page);
  await answer.jumpTo(firstTitle);
  await expect(answer.level(2)).toBeChecked();
  await expect(answer.target).toHaveValue('3');
  await expect(answer.notes).toHaveValue('We run **weekly** reviews.');
  await expect(page.getByRole('link', { name: 'Skills matrix' })).toBeVisible();
  await answer.jumpTo(secondTitle);
  await expect(answer.dontKnow).toBeChecked();
  await answer.jumpTo(thirdTitle);
  await expect(answer.notApplicable).toBeChecked();
  await expect(page.getByLabel('Why does this not apply?')).toHaveValue('We have a single small team.');
  await expect(page.getByText('Answered 4 of')).toBeVisible();

  // Results: scores, the chart and the table with the same numbers.
  await followLink(page.getByRole('link', { name: 'See results' }));
  await expect(page.getByRole('heading', { level: 1, name: /Results: Platform team, Q4/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^People: current level, target per capability/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /current level, target per capability/ })).toHaveCount(3);
  const table = page.getByRole('table', { name: /Current level and target per capability/ });
  await expect(table.getByRole('row', { name: new RegExp(escapeRegExp(firstTitle)) })).toContainText('2');
  await expect(page.getByRole('heading', { name: 'Roadmap' })).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`${escapeRegExp(firstTitle)}.*level 2 → 3`) })).toBeVisible();

  // Freeze a milestone, change an answer, and see the movement.
  await typeInto(page.getByLabel('Milestone name'), 'Baseline');
  await pressEnter(page.getByRole('button', { name: 'Freeze milestone' }));
  await expect(page.getByText('Baseline', { exact: false }).first()).toBeVisible();
  await followLink(page.getByRole('link', { name: 'Change answers' }));
  await answer.jumpTo(firstTitle);
  await answer.chooseWithKeyboard(answer.level(3));
  await answer.waitSaved();
  await followLink(page.getByRole('link', { name: 'See results' }));
  await chooseOption(page.getByLabel('Compare with'), { index: 1 });
  await expect(table.getByRole('row', { name: new RegExp(escapeRegExp(firstTitle)) })).toContainText('▲ up');
  await expect(page.getByText(/Capabilities since then: 1 up, 0 down/)).toBeVisible();
});

test('a leader renames an assessment in place, and an empty name is refused without losing the old one', async ({ page }) => {
  await open(page, '/assessment/');
  await pressEnter(page.getByRole('button', { name: 'New assessment' }));
  await typeInto(page.getByLabel('Name', { exact: true }), 'Draft name');
  await pressEnter(page.getByRole('button', { name: 'Create and start answering' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Draft name' })).toBeVisible();
  await hydrated(page);

  await pressEnter(page.getByText('Edit the assessment’s details'));
  const name = page.getByLabel('Name', { exact: true });
  await typeInto(name, '');
  await expect(page.getByText('This cannot be empty')).toBeVisible();
  await typeInto(name, 'Data platform, Q1 2027');
  await typeInto(page.getByLabel('Team or unit'), 'Data platform');
  await expect(page.getByRole('heading', { level: 1, name: 'Data platform, Q1 2027' })).toBeVisible();
  await new AnswerPage(page).waitSaved();

  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Data platform, Q1 2027' })).toBeVisible();
  await open(page, '/assessment/');
  await expect(page.getByRole('row', { name: /Data platform, Q1 2027/ })).toContainText('Data platform');
});
