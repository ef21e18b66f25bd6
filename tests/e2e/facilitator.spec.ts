import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, followLink, pressEnter, typeInto } from './pages/keyboard';
import { expectNoViolations } from './pages/axe';
import { open } from './pages/navigation';
import { loadSampleWorkspace } from './pages/workspace';
import { pdfPageCount, pdfPageImages, pdfPagesText, ReportsPage } from './pages/ReportsPage';
import { ExchangePage } from './pages/ExchangePage';

const SECTION_HEADINGS = ['Maturity summary', 'Team roll-up', 'Top use cases', 'Governance status'];

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a facilitator sees disagreement, goes anonymous, picks sections, prints the report and downloads it as Markdown and JSON', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const info = test.info();
  // The desktop project runs the journey at 1280 px, the phone project at 360 px.
  const width = page.viewportSize()?.width ?? 0;
  const reports = new ReportsPage(page);
  await loadSampleWorkspace(page);

  // The team view: six respondents in two teams, the widest disagreement first.
  await open(page, '/reports/');
  await expect(reports.teamView).toContainText('6 respondents in 2 teams answered “2026 Q4 survey”');
  await expect(reports.disagreement('Executive sponsorship')).toBeVisible();
  const sponsorship = page.locator('.disagreement').filter({ has: reports.disagreement('Executive sponsorship') });
  await expect(sponsorship).toContainText('answers from level 2 to level 4');
  await expect(sponsorship).toContainText('Henrik Aas');
  await expect(page.getByRole('table', { name: /Median score \(lowest–highest respondent\)/ })).toContainText(
    'Terminal operations',
  );
  await expect(page.getByRole('img', { name: /Bar chart of the median score per dimension/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoViolations(page);
  await page.screenshot({ path: info.outputPath(`team-view-${width}.png`), fullPage: true });

  // Anonymous: names and roles give way to R1, R2, ...; teams stay.
  await reports.showAnonymously();
  await expect(sponsorship).not.toContainText('Henrik Aas');
  await expect(sponsorship).toContainText(/R\d \(Terminal operations\)/);
  await expect(page.getByRole('table', { name: 'Where raters disagree, use case by use case' })).not.toContainText('Ingrid');

  // The steering report: anonymous, without the changes section, picked with the keyboard.
  await followLink(page.getByRole('link', { name: 'Make the steering report' }));
  await expect(reports.report.getByRole('heading', { name: 'Team roll-up' })).toBeVisible();
  await reports.showAnonymously();
  await reports.toggleSection(/^Changes since a milestone/);
  await expect(reports.report.getByRole('heading', { name: 'Changes since the milestone' })).toHaveCount(0);
  await expect(reports.report).not.toContainText('Ingrid Solberg');
  await expectNoSidewaysScroll(page);
  await expectNoViolations(page);
  await page.screenshot({ path: info.outputPath(`steering-${width}.png`), fullPage: true });

  // Printed to PDF through Chromium: the title page, then one page break per section.
  const pdfPath = info.outputPath(`steering-${width}.pdf`);
  const pdf = await reports.printToPdf(pdfPath);
  const pages = pdfPageCount(pdfPath, pdf);
  expect(pages).toBeGreaterThanOrEqual(SECTION_HEADINGS.length + 1);
  expect(pages).toBeLessThanOrEqual(14);
  pdfPageImages(pdfPath, info.outputPath(`steering-${width}-page`));
  const text = pdfPagesText(pdfPath, pages);
  const firstLines = text.map((page) => page.trim().split('\n')[0]?.trim() ?? '');
  expect(firstLines[0]).toBe('MLOps steering report: Nordlys Freight AS');
  // Each section after the first starts a page of its own.
  for (const heading of SECTION_HEADINGS.slice(1)) expect(firstLines).toContain(heading);
  const all = text.join('\n');
  expect(all).toContain('Executive sponsorship');
  expect(all).toMatch(/R\d\s+\(Terminal operations\)/);
  for (const absent of [
    'Ingrid Solberg',
    'Changes since the milestone',
    'Print or save as PDF',
    'Download as Markdown',
    'Skip to content',
    'Sections to include',
  ])
    expect(all).not.toContain(absent);

  // The same report as Markdown, for the wiki and the minutes.
  const download = page.waitForEvent('download');
  await pressEnter(page.getByRole('button', { name: 'Download as Markdown' }));
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mlops-steering-report-nordlys-freight-as-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = readFileSync(await file.path(), 'utf8');
  expect(markdown.startsWith('# MLOps steering report: Nordlys Freight AS\n')).toBe(true);
  for (const heading of SECTION_HEADINGS) expect(markdown).toContain(`\n## ${heading}\n`);
  expect(markdown).toContain('- **Executive sponsorship**: median 3');
  expect(markdown).not.toContain('Ingrid Solberg');
  expect(markdown).not.toContain('## Changes since the milestone');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(file.suggestedFilename());

  // The data behind it as the portal's JSON file, titled like the report; it passes the published schema.
  const jsonDownload = page.waitForEvent('download');
  await pressEnter(page.getByRole('button', { name: 'Download the data as JSON' }));
  const jsonFile = await jsonDownload;
  expect(jsonFile.suggestedFilename()).toMatch(/^mlops-steering-report-nordlys-freight-as-\d{4}-\d{2}-\d{2}\.json$/);
  const envelope: unknown = JSON.parse(readFileSync(await jsonFile.path(), 'utf8'));
  expect(envelope).toMatchObject({ type: 'mlops-portal-report', title: 'MLOps steering report: Nordlys Freight AS' });
  const schema: unknown = await (await page.request.get('/schema/report-v1.json')).json();
  const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema as object);
  expect(validate(envelope), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
});

test('a shared link opens a new assessment with round and team preset, and the answers group under that round', async ({
  page,
}) => {
  await open(page, '/reports/');
  await typeInto(page.getByLabel('Survey round', { exact: true }).first(), '2027 Q1 survey');
  await typeInto(page.getByLabel('Team (optional)'), 'Data & AI platform');
  const link = page.getByLabel('Link to share');
  await expect(link).toHaveValue(
    /\/assessment\/\?new=1&round=2027\+Q1\+survey&team=Data\+%26\+AI\+platform&questionnaire=mlops-maturity$/,
  );
  const url = await link.inputValue();

  await open(page, url);
  await expect(page.getByText('You were invited to answer a survey.')).toBeVisible();
  await expect(page.getByText('Survey round: 2027 Q1 survey')).toBeVisible();
  await expect(page.getByLabel('Your name (optional)')).toBeFocused();
  await page.keyboard.type('Kari Nordmann');
  await typeInto(page.getByLabel('Your role (optional)'), 'Data engineer');
  await expect(page.getByLabel('Team or unit (optional)')).toHaveValue('Data & AI platform');
  await expect(page.getByLabel('Survey round (optional)')).toHaveValue('2027 Q1 survey');
  await pressEnter(page.getByRole('button', { name: 'Create and start answering' }));
  await expect(page).toHaveURL(/\/assessment\/answer\/\?id=/);
  await expect(page.getByRole('heading', { level: 1, name: '2027 Q1 survey, Data & AI platform' })).toBeVisible();

  await open(page, '/reports/');
  await expect(page.getByLabel('Survey round', { exact: true }).nth(1)).toContainText(
    '2027 Q1 survey · mlops-maturity · 1 respondent',
  );
  await expect(page.getByText('A roll-up needs at least two respondents')).toBeVisible();
});

test('a respondent’s file brought in on the Reports page joins the team view at once', async ({ page }) => {
  await loadSampleWorkspace(page);
  const exchange = new ExchangePage(page);
  const reports = new ReportsPage(page);
  await exchange.openReports();
  await expect(reports.teamView).toContainText('6 respondents in 2 teams');

  // A colleague's exported assessment: one more person in terminal operations who sees no sponsorship at all.
  await chooseOption(page.getByLabel('One assessment, with its answers and milestones'), '2026 Q4 survey, Ahmed Rahimi');
  const exported = await exchange.download('Export this assessment');
  const file = JSON.parse(readFileSync(await exported.path(), 'utf8'));
  const id = 'colleague-assessment-nora';
  const [assessment] = file.payload.data.assessments;
  file.payload.data.assessments = [{ ...assessment, id, name: '2026 Q4 survey, Nora Lie', respondentName: 'Nora Lie' }];
  file.payload.data.answers = file.payload.data.answers.map((answer: { capabilityId: string }) => ({
    ...answer,
    assessmentId: id,
    ...(answer.capabilityId === 'executive-sponsorship' ? { state: 'level', level: 0 } : {}),
  }));
  await exchange.pick('Choose a portal file', 'nora.json', JSON.stringify(file));
  await exchange.press('Import into my workspace');
  await expect(page.getByRole('heading', { name: 'Imported nora.json' })).toBeVisible();

  // No reload: the team view follows the workspace.
  await expect(reports.teamView).toContainText('7 respondents in 2 teams');
  const sponsorship = page.locator('.disagreement').filter({ has: reports.disagreement('Executive sponsorship') });
  await expect(sponsorship).toContainText('answers from level 0 to level 4');
  await expect(sponsorship).toContainText('Nora Lie');
});
