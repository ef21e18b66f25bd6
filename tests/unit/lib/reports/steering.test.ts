import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace, SAMPLE_ASSESSMENT_ID } from '../../../../src/lib/sample/buildSample';
import { groupRespondents, respondentsOf } from '../../../../src/lib/reports/respondents';
import { reportSections, type ReportSection } from '../../../../src/lib/reports/sections';
import { buildSteeringReport, type SteeringInput } from '../../../../src/lib/reports/steering';
import { steeringMarkdown } from '../../../../src/lib/reports/markdown';
import { mdText } from '../../../../src/lib/reports/markdownText';
import { renderMarkdown } from '../../../../src/lib/markdown';
import type { Questionnaire } from '../../../../src/schemas/questionnaire';
import type { WorkspaceFile } from '../../../../src/schemas/workspace';
import { loadQuestionnaire } from '../../helpers/loadContent';
import { loadChecklists } from '../../helpers/loadChecklists';
import { loadCriteria } from '../../helpers/backlogContent';

let questionnaire: Questionnaire;
let sample: WorkspaceFile;

beforeAll(async () => {
  questionnaire = await loadQuestionnaire();
  sample = await buildSampleWorkspace(questionnaire, new Date('2026-11-20T09:00:00Z'), loadChecklists());
});

const equal = { 'data-availability': 1, feasibility: 1, 'business-value': 1, cost: 1, 'time-to-market': 1 };

function input(sections: readonly ReportSection[] = reportSections, data = sample.data): SteeringInput {
  const assessment = data.assessments.find((item) => item.id === SAMPLE_ASSESSMENT_ID) ?? null;
  return {
    title: 'Steering committee, December',
    generatedAt: '2026-12-01T10:00:00.000Z',
    questionnaire,
    sections,
    nameMode: 'named',
    assessment: assessment ? { assessment, answers: data.answers.filter((a) => a.assessmentId === assessment.id) } : null,
    milestone: data.milestones[0] ?? null,
    group: groupRespondents(respondentsOf(data.assessments, data.answers))[0] ?? null,
    backlog: {
      useCases: data.useCases,
      ratings: data.ratings,
      criteria: loadCriteria().map(({ id, inverted, title }) => ({ id, inverted, title })),
      weights: equal,
      valueFloor: null,
      profileName: 'Equal weights',
      reviews: data.reviews,
      reviewAnswers: data.reviewAnswers,
    },
  };
}

describe('buildSteeringReport on the sample workspace', () => {
  it('fills every section the team picked, in report order', () => {
    const report = buildSteeringReport(input());
    expect(report.sections).toEqual([...reportSections]);
    expect(report.maturity?.dimensions).toHaveLength(3);
    expect(report.maturity?.topGaps.length).toBe(5);
    expect(report.team?.respondents).toBe(6);
    expect(report.team?.columns.map((column) => column.label)).toEqual([
      'Whole organisation',
      'Data & AI platform',
      'Terminal operations',
    ]);
    expect(report.team?.disagreements[0]?.title).toBe('Executive sponsorship');
    expect(report.useCases?.top).toHaveLength(10);
    expect(report.useCases?.top.map((line) => line.rank)).toEqual(
      [...report.useCases!.top.map((line) => line.rank)].sort((a, b) => a - b),
    );
    expect(report.governance?.blockingTotal).toBeGreaterThan(0);
    expect(report.changes?.milestoneName).toBe('Spring 2026 baseline');
    expect(report.changes?.changed.length).toBeGreaterThanOrEqual(5);
  });

  it('leaves out what was not picked, and says nothing is there when a workspace is empty', () => {
    const some = buildSteeringReport(input(['team', 'governance']));
    expect(some.maturity).toBeNull();
    expect(some.changes).toBeNull();
    expect(some.team).not.toBeNull();
    const empty = buildSteeringReport({
      ...input(),
      assessment: null,
      milestone: null,
      group: null,
      backlog: { ...input().backlog, useCases: [], ratings: [], reviews: [], reviewAnswers: [] },
    });
    expect([empty.maturity, empty.team, empty.useCases, empty.governance, empty.changes]).toEqual([null, null, null, null, null]);
    expect(steeringMarkdown(empty)).toContain('Nothing to show yet in this workspace.');
  });

  it('numbers respondents R1, R2, ... and shows no name when anonymous', () => {
    const report = buildSteeringReport({ ...input(), nameMode: 'anonymous' });
    const markdown = steeringMarkdown(report);
    expect(markdown).toContain('R1 (Data \\& AI platform)');
    for (const name of ['Ingrid Solberg', 'Jonas Berg', 'Henrik Aas', 'Sofie Lund', 'Head of Data Science'])
      expect(markdown).not.toContain(name);
  });
});

describe('steeringMarkdown', () => {
  it('writes each section as a heading with its tables', () => {
    const markdown = steeringMarkdown(buildSteeringReport(input()));
    expect(markdown.startsWith('# Steering committee, December\n')).toBe(true);
    for (const heading of [
      'Maturity summary',
      'Team roll-up',
      'Top use cases',
      'Governance status',
      'Changes since the milestone',
    ])
      expect(markdown).toContain(`\n## ${heading}\n`);
    expect(markdown).toContain('| Dimension | Score | Target | Coverage |');
    expect(markdown).toContain('- **Executive sponsorship**: median 3');
  });

  it('escapes imported text so it cannot become markup, links or table cells', () => {
    const hostile = '<img src=x onerror=alert(1)> **bold** [click](https://evil.example/) | cell\n# heading';
    const data = structuredClone(sample.data);
    const main = data.assessments.find((item) => item.id === SAMPLE_ASSESSMENT_ID);
    if (!main) throw new Error('the sample lost its main assessment');
    main.name = hostile;
    const respondent = data.assessments.find((item) => item.id !== SAMPLE_ASSESSMENT_ID);
    if (respondent) respondent.respondentName = hostile;
    const markdown = steeringMarkdown(buildSteeringReport({ ...input(reportSections, data), title: hostile }));
    const html = renderMarkdown(markdown);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<strong>bold');
    expect(html).not.toContain('>click</a>');
    // Wikis that allow HTML would run raw tags: the file itself holds them escaped.
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdown).not.toContain('\n# heading');
    expect(markdown.split('\n')[0]).toBe(`# ${mdText(hostile)}`);
  });

  it('escapes every mark Markdown acts on and folds line breaks', () => {
    expect(mdText('a*b_c`d[e]f<g>h#i|j!k~l&m\\n')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\#i\\|j\\!k\\~l\\&m\\\\n');
    expect(mdText(' two\r\nlines ')).toBe('two lines');
    expect(mdText('Data, AI - platform.')).toBe('Data, AI - platform.');
  });
});
