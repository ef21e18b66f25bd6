import type { ComponentChildren } from 'preact';
import type { SteeringReport } from '../../lib/reports/steering';
import { reportSectionTitles, type ReportSection } from '../../lib/reports/sections';
import { formatDateTime } from '../format';
import { GovernanceReport, UseCasesReport } from './BacklogReport';
import { ChangesReport } from './ChangesReport';
import { CapabilityRollupTable } from './CapabilityRollupTable';
import { DisagreementList } from './DisagreementList';
import { MaturityReport } from './MaturityReport';
import { TeamComparison } from './TeamComparison';

/** Why a picked section has nothing to show, so the reader knows what to do. */
const emptyReasons: Record<ReportSection, string> = {
  maturity: 'There is no assessment in this workspace yet.',
  team: 'There are no respondents to roll up yet: bring in the files of a survey round on the Reports page.',
  'use-cases': 'The backlog has no active use cases yet.',
  governance: 'No governance review has been started yet.',
  changes: 'The chosen assessment has no milestone to compare with yet.',
};

function Section({ id, children, empty }: { id: ReportSection; children: ComponentChildren; empty: boolean }) {
  return (
    <section class="report-section deferred-layout" aria-labelledby={`report-${id}`}>
      <h2 id={`report-${id}`}>{reportSectionTitles[id]}</h2>
      {empty ? <p class="notice">{emptyReasons[id]}</p> : children}
    </section>
  );
}

/** The steering report as the meeting reads it, on screen and on paper. */
export function ReportDocument({ report }: { report: SteeringReport }) {
  const { maturity, team, useCases, governance, changes } = report;
  const bodies: Record<ReportSection, ComponentChildren> = {
    maturity: maturity && <MaturityReport section={maturity} />,
    team: team && (
      <>
        <p>
          Survey round “{team.round}”: {team.respondents} respondents, shown{' '}
          {team.nameMode === 'anonymous' ? 'anonymously (R1, R2, …)' : 'by name'}. Scores are the medians of the respondents’ own
          scores, with the lowest and highest in brackets.
        </p>
        {team.versionNotes.map((note) => (
          <p class="notice warn" key={note}>
            {note}
          </p>
        ))}
        <TeamComparison columns={team.columns} idPrefix="report" />
        <h3>Disagreements</h3>
        <DisagreementList section={team} headingLevel={4} />
        <h3>Every capability</h3>
        <CapabilityRollupTable section={team} id="report-capabilities" />
      </>
    ),
    'use-cases': useCases && <UseCasesReport section={useCases} />,
    governance: governance && <GovernanceReport section={governance} />,
    changes: changes && <ChangesReport section={changes} />,
  };
  return (
    <article class="report-document" aria-labelledby="report-title" data-draw-charts="at-once">
      <header>
        <h2 id="report-title">{report.title}</h2>
        <p class="muted">
          Made with the MLOps Maturity Portal on {formatDateTime(report.generatedAt)} · questionnaire “
          {report.questionnaire.title}” version {report.questionnaire.version}
        </p>
      </header>
      {report.sections.length === 0 && <p class="notice">Pick at least one section above.</p>}
      {report.sections.map((id) => (
        <Section key={id} id={id} empty={!bodies[id]}>
          {bodies[id]}
        </Section>
      ))}
    </article>
  );
}
