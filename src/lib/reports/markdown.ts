/**
 * The steering report as Markdown, for wikis and meeting minutes: the same sections, numbers and
 * tables as the printed report, charts replaced by their tables. Every piece of text that came
 * from people or files is escaped (markdownText.ts), so an imported name cannot inject markup.
 */
import { describeState } from './answerText';
import { reportSectionTitles, type ReportSection } from './sections';
import type { SteeringReport } from './steering';
import { mdNumber, mdPercent, mdTable, mdText } from './markdownText';

const range = (min: number | null, max: number | null, digits = 1) =>
  min === null || max === null ? '–' : min === max ? mdNumber(min, digits) : `${mdNumber(min, digits)}–${mdNumber(max, digits)}`;

function maturity(report: SteeringReport): string[] {
  const section = report.maturity;
  if (!section) return [];
  const about = [section.organisation, section.team].filter(Boolean).map(mdText).join(' / ');
  const out = [
    `Assessment: ${mdText(section.assessmentName)}${about ? ` (${about})` : ''}, dated ${section.date}${section.respondent ? `, answered by ${mdText(section.respondent)}` : ''}.`,
    '',
    `Overall score **${mdNumber(section.overall.score)} of 4**${section.overall.provisional ? ' (provisional)' : ''}, target ${mdNumber(section.overall.targetScore)}, coverage ${mdPercent(section.overall.coverage)}.` +
      (section.indicative ? ` Indicative maturity level ${section.indicative.level}: ${mdText(section.indicative.name)}.` : ''),
    '',
    mdTable(
      ['Dimension', 'Score', 'Target', 'Coverage'],
      section.dimensions.map((d) => [
        mdText(d.title),
        `${mdNumber(d.score)}${d.provisional ? ' (provisional)' : ''}`,
        mdNumber(d.targetScore),
        mdPercent(d.coverage),
      ]),
      [1, 2, 3],
    ),
    '',
    '### Top gaps and first steps',
    '',
  ];
  if (section.topGaps.length === 0) out.push('No capability has a target above its current level yet.');
  section.topGaps.forEach((gap, index) =>
    out.push(`${index + 1}. **${mdText(gap.title)}** (level ${gap.current} → ${gap.target}): ${mdText(gap.step)}`),
  );
  if (section.roadmapLength > section.topGaps.length)
    out.push('', `The roadmap has ${section.roadmapLength} entries in all; the assessment’s results page lists every step.`);
  if (section.findOutFirst.length > 0)
    out.push('', `Find out first (answered “don’t know”): ${section.findOutFirst.map(mdText).join(', ')}.`);
  out.push(
    '',
    '### Profile by capability',
    '',
    mdTable(
      ['Capability', 'Dimension', 'Current', 'Target'],
      section.profile.map((line) => [
        mdText(line.title),
        mdText(line.dimensionTitle),
        describeState(line.state, line.level),
        line.target === null ? '–' : String(line.target),
      ]),
    ),
  );
  return out;
}

function team(report: SteeringReport): string[] {
  const section = report.team;
  if (!section) return [];
  const columns = section.columns;
  const scoreCell = (spread: { median: number | null; min: number | null; max: number | null }) =>
    spread.median === null ? '–' : `${mdNumber(spread.median)} (${range(spread.min, spread.max)})`;
  const dimensionRow = (index: number) => {
    const name = columns[0]?.dimensions[index]?.dimension ?? '';
    return [
      mdText(name.charAt(0).toUpperCase() + name.slice(1)),
      ...columns.map((c) => scoreCell(c.dimensions[index] ?? c.overall)),
    ];
  };
  const out = [
    `Survey round ${mdText(section.round)}: ${section.respondents} respondents, shown ${section.nameMode === 'anonymous' ? 'anonymously (R1, R2, …)' : 'by name'}. Scores are medians of the respondents’ own scores, 0 to 4, with the range in brackets.`,
    '',
    mdTable(
      ['', ...columns.map((c) => mdText(c.label))],
      [
        ['Respondents', ...columns.map((c) => String(c.respondents))],
        ['Overall', ...columns.map((c) => scoreCell(c.overall))],
        ...(columns[0]?.dimensions ?? []).map((_, index) => dimensionRow(index)),
      ],
    ),
    '',
    '### Disagreements',
    '',
  ];
  if (section.disagreements.length === 0) out.push('No capability has answers 2 or more levels apart.');
  for (const line of section.disagreements) {
    const who = line.answers
      .map(
        (group) =>
          `${group.answer}: ${group.people.map((person) => `${mdText(person.label)} (${mdText(person.team)})`).join(', ')}`,
      )
      .join('; ');
    out.push(
      `- **${mdText(line.title)}**: median ${mdNumber(line.median)}, answers from level ${line.min} to level ${line.max}. ${who}.`,
    );
  }
  out.push(
    '',
    '### Every capability',
    '',
    mdTable(
      ['Capability', 'Median', 'Range', 'Levels 0/1/2/3/4', 'Don’t know', 'Not applicable', 'Flag'],
      section.capabilities.map((row) => [
        `${mdText(row.title)}${row.inQuestionnaire ? '' : ' (no longer in the questionnaire)'}`,
        mdNumber(row.median),
        range(row.min, row.max, 0),
        row.distribution.join('/'),
        String(row.dontKnow),
        String(row.notApplicable),
        row.disagreement ? 'disagreement' : '',
      ]),
      [1, 4, 5],
    ),
  );
  if (section.versionNotes.length > 0) out.push('', ...section.versionNotes.map((note) => `- ${mdText(note)}`));
  return out;
}

function useCases(report: SteeringReport): string[] {
  const section = report.useCases;
  if (!section) return [];
  return [
    `The ${section.top.length} highest-ranked of ${section.ranked} active use cases under the weight profile “${mdText(section.profileName)}”. Scores run from 0 to 100.`,
    '',
    mdTable(
      ['Rank', 'Use case', 'Score', 'WSJF', 'Rank range', 'Flags', 'Governance', 'Why'],
      section.top.map((line) => [
        String(line.rank),
        mdText(line.title),
        mdNumber(line.score, 0),
        mdNumber(line.wsjf),
        line.best === line.worst ? String(line.best) : `${line.best}–${line.worst}`,
        line.flags.map(mdText).join('; ') || 'none',
        mdText(line.governance),
        mdText(line.why),
      ]),
      [0, 2, 3],
    ),
  ];
}

function governance(report: SteeringReport): string[] {
  const section = report.governance;
  if (!section) return [];
  const out = [
    `${section.blockingTotal === 0 ? 'No blocking findings.' : `${section.blockingTotal} blocking finding${section.blockingTotal === 1 ? '' : 's'} in the current reviews.`}`,
    '',
    mdTable(
      ['Governance status', 'Use cases'],
      section.counts.map((count) => [mdText(count.label), String(count.useCases)]),
      [1],
    ),
    '',
    mdTable(
      ['Subject', 'Checklist', 'State', 'Answered', 'Blocking findings'],
      section.reviews.map((review) => [
        `${mdText(review.subject)}${review.revision > 1 ? ` (revision ${review.revision})` : ''}`,
        mdText(review.checklist),
        mdText(review.state),
        `${review.answered} of ${review.applicable}`,
        String(review.blocking.length),
      ]),
      [3, 4],
    ),
  ];
  const blocking = section.reviews.filter((review) => review.blocking.length > 0);
  if (blocking.length > 0) out.push('', '### Blocking findings');
  for (const review of blocking) {
    out.push('', `**${mdText(review.subject)}**, ${mdText(review.checklist)}:`, '');
    review.blocking.forEach((finding) => out.push(`- ${mdText(finding.statement)} (${finding.status})`));
  }
  return out;
}

function changes(report: SteeringReport): string[] {
  const section = report.changes;
  if (!section) return [];
  const signed = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${mdNumber(value)}`);
  const out = [
    `${mdText(section.assessmentName)} compared with the milestone “${mdText(section.milestoneName)}” of ${section.milestoneDate}: ${section.counts.up} capabilities up, ${section.counts.down} down, ${section.counts.changed} answered differently, ${section.counts.same} unchanged.`,
    '',
    mdTable(
      ['', 'Then', 'Now', 'Change'],
      [
        ['Overall', mdNumber(section.overall.before), mdNumber(section.overall.after), signed(section.overall.delta)],
        ...section.dimensions.map((d) => [mdText(d.title), mdNumber(d.before), mdNumber(d.after), signed(d.delta)]),
      ],
      [1, 2, 3],
    ),
  ];
  if (section.changed.length > 0)
    out.push(
      '',
      mdTable(
        ['Capability', 'Then', 'Now', 'Movement'],
        section.changed.map((line) => [mdText(line.title), line.before, line.after, line.movement]),
      ),
    );
  return out;
}

const builders: Record<ReportSection, (report: SteeringReport) => string[]> = {
  maturity,
  team,
  'use-cases': useCases,
  governance,
  changes,
};

export function steeringMarkdown(report: SteeringReport): string {
  const out = [
    `# ${mdText(report.title)}`,
    '',
    `Made with the MLOps Maturity Portal on ${report.generatedAt.slice(0, 10)}, questionnaire “${mdText(report.questionnaire.title)}” version ${mdText(report.questionnaire.version)}.`,
  ];
  for (const section of report.sections) {
    const body = builders[section](report);
    out.push('', `## ${reportSectionTitles[section]}`, '');
    out.push(...(body.length > 0 ? body : ['Nothing to show yet in this workspace.']));
  }
  return `${out.join('\n')}\n`;
}
