/**
 * Respondents of a survey and how they are grouped and named.
 *
 * A respondent is not an account: it is one assessment, with the respondent's name, role and team
 * written on it, answered in that person's own browser and brought in as a file. Assessments of the
 * same questionnaire (by id) and the same survey round form one group; the team view rolls up one
 * group at a time, so answers to different questionnaires or rounds are never mixed.
 *
 * Shown anonymously, respondents are R1, R2, ... in the order of their assessment ids. The ids are
 * random, so the numbering says nothing about who answered first or whose name comes first, and
 * the same files always give the same numbers.
 */
import type { Answer, Assessment } from '../../schemas/assessment';

export type AnswerLike = Pick<Answer, 'capabilityId' | 'state' | 'level' | 'target'>;

export interface Respondent {
  /** The assessment's id. */
  id: string;
  assessmentName: string;
  name: string;
  role: string;
  team: string;
  round: string;
  questionnaire: Assessment['questionnaire'];
  answers: AnswerLike[];
}

export interface RespondentGroup {
  /** Stable key made of the questionnaire id and the round. */
  key: string;
  questionnaireId: string;
  round: string;
  respondents: Respondent[];
}

export type NameMode = 'named' | 'anonymous';

/**
 * Compares labels as people read them ("R2" before "R10"). One shared collator: building one per
 * comparison would make sorting a large round many times slower.
 */
export const compareLabels = new Intl.Collator(undefined, { numeric: true }).compare;

const NO_ROUND_LABEL = 'No round given';
const NO_TEAM_LABEL = 'No team given';

function groupKey(questionnaireId: string, round: string): string {
  return `${questionnaireId}/${round}`;
}

/** Every assessment as a respondent with its own answers, in id order. */
export function respondentsOf(assessments: readonly Assessment[], answers: readonly (AnswerLike & { assessmentId: string })[]) {
  const byAssessment = new Map<string, AnswerLike[]>();
  for (const answer of answers) {
    const list = byAssessment.get(answer.assessmentId);
    const slim = { capabilityId: answer.capabilityId, state: answer.state, level: answer.level, target: answer.target };
    if (list) list.push(slim);
    else byAssessment.set(answer.assessmentId, [slim]);
  }
  return [...assessments]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((assessment): Respondent => ({
      id: assessment.id,
      assessmentName: assessment.name,
      name: assessment.respondentName.trim(),
      role: assessment.respondentRole.trim(),
      team: assessment.team.trim(),
      round: (assessment.round ?? '').trim(),
      questionnaire: assessment.questionnaire,
      answers: byAssessment.get(assessment.id) ?? [],
    }));
}

/** Groups by questionnaire and round; groups with a round come first, then by round and questionnaire. */
export function groupRespondents(respondents: readonly Respondent[]): RespondentGroup[] {
  const groups = new Map<string, RespondentGroup>();
  for (const respondent of respondents) {
    const key = groupKey(respondent.questionnaire.id, respondent.round);
    const group = groups.get(key);
    if (group) group.respondents.push(respondent);
    else
      groups.set(key, { key, questionnaireId: respondent.questionnaire.id, round: respondent.round, respondents: [respondent] });
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.round === '') - Number(b.round === '') ||
      a.round.localeCompare(b.round) ||
      a.questionnaireId.localeCompare(b.questionnaireId),
  );
}

/** How each respondent is shown: by name (or the assessment's name when none was given), or R1, R2, ... */
export function respondentLabels(respondents: readonly Respondent[], mode: NameMode): Map<string, string> {
  const ordered = [...respondents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(
    ordered.map((respondent, index) => [
      respondent.id,
      mode === 'anonymous' ? `R${index + 1}` : respondent.name || respondent.assessmentName,
    ]),
  );
}

export function teamLabel(team: string): string {
  return team === '' ? NO_TEAM_LABEL : team;
}

export function roundLabel(round: string): string {
  return round === '' ? NO_ROUND_LABEL : round;
}
