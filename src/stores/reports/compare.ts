import { atom, computed } from 'nanostores';
import type { Answer } from '../../schemas/assessment';
import { diffAnswers } from '../../lib/reports/answerDiff';
import { $questionnaire } from '../assessment/questionnaire';
import { $reportsData } from './data';

interface AnswerSource {
  /** "a:<assessment id>" for an assessment's current answers, "m:<milestone id>" for a milestone. */
  key: string;
  label: string;
  answers: Answer[];
}

/** Every set of answers in the workspace: each assessment as it stands, and each frozen milestone. */
export const $answerSources = computed($reportsData, (state): AnswerSource[] => {
  if (state.kind !== 'ready') return [];
  const { assessments, answers, milestones } = state.data;
  const byAssessment = new Map<string, Answer[]>();
  for (const answer of answers) byAssessment.set(answer.assessmentId, [...(byAssessment.get(answer.assessmentId) ?? []), answer]);
  const who = (a: (typeof assessments)[number]) => [a.respondentName, a.team].filter(Boolean).join(', ');
  return [
    ...[...assessments]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((assessment) => ({
        key: `a:${assessment.id}`,
        label: `${assessment.name}${who(assessment) ? ` (${who(assessment)})` : ''}, as it stands`,
        answers: byAssessment.get(assessment.id) ?? [],
      })),
    ...[...milestones]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((milestone) => ({
        key: `m:${milestone.id}`,
        label: `Milestone “${milestone.name}” of ${milestone.assessment.name}, ${milestone.date}`,
        answers: milestone.answers,
      })),
  ];
});

const $compareFirst = atom<string | null>(null);
const $compareSecond = atom<string | null>(null);

/** The chosen pair, defaulting to the first two sources so the section is never empty. */
export const $comparedPair = computed([$answerSources, $compareFirst, $compareSecond], (sources, first, second) => {
  const pick = (key: string | null, fallback: number) =>
    sources.find((source) => source.key === key) ?? sources[fallback] ?? null;
  return { first: pick(first, 0), second: pick(second, 1) };
});

export const $answerDiff = computed([$questionnaire, $comparedPair], (questionnaire, pair) =>
  questionnaire && pair.first && pair.second
    ? diffAnswers(questionnaire.capabilities, pair.first.answers, pair.second.answers)
    : null,
);

export function chooseCompared(which: 'first' | 'second', key: string): void {
  (which === 'first' ? $compareFirst : $compareSecond).set(key);
}
