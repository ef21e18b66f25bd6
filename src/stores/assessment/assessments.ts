import type { AssessmentText } from '../../lib/assessmentCheck';
import { firstOverLimit } from '../../lib/textLimits';
import { limits } from '../../schemas/limits';
import { atom } from 'nanostores';
import type { Assessment, QuestionnaireRef } from '../../schemas/assessment';
import { answersByAssessment, deleteAssessment, listAssessments, putAssessment } from '../../db/assessments';
import { liveFeed } from '../save/live';
import { newId, nowIso } from '../../lib/ids';
import { isAnswered } from '../../lib/progress';
import { scoreAssessment, type ScoredCapability } from '../../lib/scoring';
import { attempt } from '../save/saveState';

interface AssessmentRow {
  assessment: Assessment;
  /** Capabilities with any answer (a level, don't know or not applicable). */
  answered: number;
  /** Overall score on the 0-4 scale, null until something is answered with a level. */
  score: number | null;
  provisional: boolean;
}

export const $assessmentRows = atom<AssessmentRow[] | null>(null);
export const $listError = atom<string | null>(null);

let scored: readonly ScoredCapability[] = [];

const feed = liveFeed(
  [$assessmentRows],
  async () => {
    const [assessments, answers] = await Promise.all([listAssessments(), answersByAssessment()]);
    return { assessments, answers };
  },
  ({ assessments, answers }) => {
    $listError.set(null);
    $assessmentRows.set(
      assessments.map((assessment) => {
        const own = answers.get(assessment.id) ?? [];
        const { overall } = scoreAssessment(scored, own);
        return { assessment, answered: own.filter(isAnswered).length, score: overall.score, provisional: overall.provisional };
      }),
    );
  },
  (message) => {
    $listError.set(message);
    $assessmentRows.set([]);
  },
);

/** Reads the list of assessments and keeps it live (a change in another tab shows within a moment). */
export async function loadAssessmentRows(capabilities: readonly ScoredCapability[]): Promise<void> {
  scored = capabilities;
  await feed.reload();
}

/** What a person fills in to start an assessment. */
export type NewAssessment = AssessmentText;

export async function createAssessment(details: NewAssessment, questionnaire: QuestionnaireRef): Promise<Assessment | undefined> {
  // Nothing is stored that the workspace schema would refuse; the form says why before it gets here.
  if (details.name.trim() === '' || firstOverLimit(details, limits.assessment)) return undefined;
  const now = nowIso();
  const { round, ...rest } = details;
  const assessment: Assessment = {
    id: newId(),
    ...rest,
    ...(round.trim() ? { round: round.trim() } : {}),
    questionnaire,
    createdAt: now,
    updatedAt: now,
  };
  const stored = (await attempt(() => putAssessment(assessment))).ok;
  return stored ? assessment : undefined;
}

export async function removeAssessment(id: string, capabilities: readonly ScoredCapability[]): Promise<void> {
  await attempt(() => deleteAssessment(id));
  await loadAssessmentRows(capabilities);
}
