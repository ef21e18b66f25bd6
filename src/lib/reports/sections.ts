/** The sections a steering report can hold, in the order they print. */
export const reportSections = ['maturity', 'team', 'use-cases', 'governance', 'changes'] as const;
export type ReportSection = (typeof reportSections)[number];

export const reportSectionLabels: Record<ReportSection, string> = {
  maturity: 'Maturity summary: scores, profile, top gaps and roadmap',
  team: 'Team roll-up and disagreements',
  'use-cases': 'Top use cases with scores, flags and why',
  governance: 'Governance status and blocking findings',
  changes: 'Changes since a milestone',
};

export const reportSectionTitles: Record<ReportSection, string> = {
  maturity: 'Maturity summary',
  team: 'Team roll-up',
  'use-cases': 'Top use cases',
  governance: 'Governance status',
  changes: 'Changes since the milestone',
};
