import { atom, computed } from 'nanostores';
import { groupRespondents, respondentsOf, type NameMode, type RespondentGroup } from '../../lib/reports/respondents';
import { $questionnaire } from '../assessment/questionnaire';
import { $reportsData } from './data';

/** Respondents by name, or R1, R2, ... for an honest survey. */
export const $nameMode = atom<NameMode>('named');
/** The survey round chosen; null follows the default (the round with the most respondents). */
const $groupKey = atom<string | null>(null);

const $respondents = computed($reportsData, (state) =>
  state.kind === 'ready' ? respondentsOf(state.data.assessments, state.data.answers) : [],
);

export const $groups = computed($respondents, (respondents) => groupRespondents(respondents));

/** A group of today's questionnaire with a round and the most respondents comes first by default. */
export function defaultGroup(groups: readonly RespondentGroup[], questionnaireId: string | null): RespondentGroup | null {
  const score = (group: RespondentGroup) =>
    (group.questionnaireId === questionnaireId ? 2 : 0) + (group.round !== '' ? 1 : 0) + group.respondents.length / 10_000;
  return [...groups].sort((a, b) => score(b) - score(a))[0] ?? null;
}

export const $group = computed(
  [$groups, $groupKey, $questionnaire],
  (groups, key, questionnaire) => groups.find((group) => group.key === key) ?? defaultGroup(groups, questionnaire?.id ?? null),
);

export function chooseGroup(key: string): void {
  $groupKey.set(key);
}

export function chooseNameMode(mode: NameMode): void {
  $nameMode.set(mode);
}
