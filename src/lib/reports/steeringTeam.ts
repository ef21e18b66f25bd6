/**
 * The team section of the steering report: the roll-up of one survey round (src/lib/reports/rollup.ts)
 * turned into lines a reader takes in at once, with respondents named or numbered.
 */
import type { DimensionId } from '../../schemas/enums';
import { describeState } from './answerText';
import { compareLabels, respondentLabels, roundLabel, teamLabel, type NameMode, type RespondentGroup } from './respondents';
import { rollUpGroup, type CapabilityRollup, type QuestionnaireFrame, type ScoreSpread } from './rollup';

export interface TeamColumn {
  label: string;
  respondents: number;
  overall: ScoreSpread;
  dimensions: (ScoreSpread & { dimension: DimensionId })[];
  /** Median level per capability id, for the teams-side-by-side columns of the capability table. */
  medians: Record<string, number | null>;
}

interface DisagreementLine {
  title: string;
  median: number | null;
  min: number | null;
  max: number | null;
  distribution: number[];
  dontKnow: number;
  notApplicable: number;
  /** Who gave which answer, highest level first, then "don't know", "not applicable" and no answer. */
  answers: { answer: string; people: { label: string; team: string }[] }[];
}

export interface TeamSection {
  round: string;
  questionnaireId: string;
  nameMode: NameMode;
  respondents: number;
  /** The organisation first, then each team. */
  columns: TeamColumn[];
  capabilities: CapabilityRollup[];
  disagreements: DisagreementLine[];
  /** Sentences about answers given against another questionnaire version. */
  versionNotes: string[];
}

const stateOrder = { level: 0, 'dont-know': 1, 'not-applicable': 2, unanswered: 3 } as const;

function groupAnswers(
  answers: CapabilityRollup['answers'],
  labels: ReadonlyMap<string, string>,
  teams: ReadonlyMap<string, string>,
): DisagreementLine['answers'] {
  const sorted = [...answers].sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || (b.level ?? 0) - (a.level ?? 0));
  const groups: DisagreementLine['answers'] = [];
  for (const answer of sorted) {
    const text = describeState(answer.state, answer.level);
    const person = { label: labels.get(answer.respondentId) ?? answer.respondentId, team: teams.get(answer.respondentId) ?? '' };
    const last = groups.at(-1);
    if (last && last.answer === text) last.people.push(person);
    else groups.push({ answer: text, people: [person] });
  }
  for (const group of groups) group.people.sort((a, b) => compareLabels(a.team, b.team) || compareLabels(a.label, b.label));
  return groups;
}

export function teamSection(frame: QuestionnaireFrame, group: RespondentGroup, nameMode: NameMode): TeamSection {
  const rolled = rollUpGroup(frame, group.respondents);
  const labels = respondentLabels(group.respondents, nameMode);
  const teams = new Map(group.respondents.map((respondent) => [respondent.id, teamLabel(respondent.team)]));
  const titles = new Map(frame.capabilities.map((capability) => [capability.id, capability.title]));
  const column = (label: string, rollup: typeof rolled.organisation): TeamColumn => ({
    label,
    respondents: rollup.respondents,
    overall: rollup.overall,
    dimensions: rollup.dimensions,
    medians: Object.fromEntries(rollup.capabilities.map((row) => [row.capabilityId, row.median])),
  });
  return {
    round: roundLabel(group.round),
    questionnaireId: group.questionnaireId,
    nameMode,
    respondents: group.respondents.length,
    columns: [column('Whole organisation', rolled.organisation), ...rolled.teams.map((team) => column(team.label, team.rollup))],
    capabilities: rolled.organisation.capabilities,
    disagreements: rolled.organisation.disagreements.map((row) => ({
      title: row.title,
      median: row.median,
      min: row.min,
      max: row.max,
      distribution: row.distribution,
      dontKnow: row.dontKnow,
      notApplicable: row.notApplicable,
      answers: groupAnswers(row.answers, labels, teams),
    })),
    versionNotes: rolled.versions.map((note) => {
      const who = `${note.respondentIds.length} respondent${note.respondentIds.length === 1 ? '' : 's'}`;
      const parts = [
        note.wordingChanged
          ? `${who} answered version ${note.version} with different wording than today’s.`
          : `${who} answered version ${note.version}; today’s is ${frame.version}. Answers are matched by capability.`,
      ];
      if (note.removed.length > 0) parts.push(`No longer in the questionnaire, listed at the end: ${note.removed.join(', ')}.`);
      if (note.notAnswered.length > 0)
        parts.push(
          `Not answered by anyone on that version (probably added since): ${note.notAnswered.map((id) => titles.get(id) ?? id).join(', ')}.`,
        );
      return parts.join(' ');
    }),
  };
}
