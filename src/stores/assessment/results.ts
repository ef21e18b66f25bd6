import { firstOverLimit } from '../../lib/textLimits';
import { limits } from '../../schemas/limits';
import { atom, computed } from 'nanostores';
import type { Milestone } from '../../schemas/assessment';
import { deleteMilestone, freezeMilestone, listMilestones } from '../../db/milestones';
import { compareWithMilestone } from '../../lib/compare';
import { newId, nowIso } from '../../lib/ids';
import { indicativeLevel } from '../../lib/maturityScale';
import { buildRoadmap } from '../../lib/roadmap';
import { scoreAssessment } from '../../lib/scoring';
import { $answers, $assessment } from './answering';
import { $questionnaire } from './questionnaire';
import { attempt } from '../save/saveState';
import { liveFeed } from '../save/live';

export const $milestones = atom<Milestone[]>([]);
/** The milestone the results are compared with; null shows the current state alone. */
export const $compareWith = atom<string | null>(null);

export const $summary = computed([$questionnaire, $answers], (questionnaire, answers) =>
  questionnaire ? scoreAssessment(questionnaire.capabilities, Object.values(answers)) : null,
);

export const $indicative = computed($summary, (summary) => indicativeLevel(summary?.overall.score ?? null));

export const $roadmap = computed([$questionnaire, $summary], (questionnaire, summary) =>
  questionnaire && summary ? buildRoadmap(questionnaire.capabilities, summary.capabilities) : null,
);

export const $milestone = computed([$milestones, $compareWith], (milestones, id) => milestones.find((m) => m.id === id) ?? null);

export const $comparison = computed([$questionnaire, $milestone, $answers], (questionnaire, milestone, answers) =>
  questionnaire && milestone ? compareWithMilestone(questionnaire.capabilities, milestone.answers, Object.values(answers)) : null,
);

let milestonesOf: string | null = null;

const feed = liveFeed(
  [$milestones],
  async () => (milestonesOf === null ? [] : listMilestones(milestonesOf)),
  (milestones) => {
    $milestones.set(milestones);
    // By default the results show how things moved since the newest milestone.
    const chosen = $compareWith.get();
    if (!chosen || !milestones.some((m) => m.id === chosen)) $compareWith.set(milestones[0]?.id ?? null);
  },
  () => $milestones.set([]),
);

/** Reads an assessment's milestones and keeps them live. */
export async function loadMilestones(assessmentId: string): Promise<void> {
  milestonesOf = assessmentId;
  await feed.reload();
}

export async function createMilestone(name: string, date: string): Promise<Milestone | undefined> {
  const assessment = $assessment.get();
  if (!assessment || name.trim() === '' || firstOverLimit({ name }, limits.milestone)) return undefined;
  const outcome = await attempt(() =>
    freezeMilestone({ id: newId(), assessmentId: assessment.id, name: name.trim(), date, createdAt: nowIso() }),
  );
  const milestone = outcome.ok ? outcome.value : undefined;
  if (milestone) {
    $milestones.set([milestone, ...$milestones.get()]);
    $compareWith.set(milestone.id);
  }
  return milestone;
}

export async function removeMilestone(id: string): Promise<void> {
  await attempt(() => deleteMilestone(id));
  $milestones.set($milestones.get().filter((m) => m.id !== id));
  if ($compareWith.get() === id) $compareWith.set(null);
}
