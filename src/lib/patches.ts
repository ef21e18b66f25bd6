import type { Answer, Assessment } from '../schemas/assessment';
import type { Rating, UseCase } from '../schemas/backlog';
import type { CriterionId } from '../schemas/enums';

/**
 * Changes are stored as patches applied to the latest stored record, never as a whole copy taken
 * earlier: two tabs that change different fields of the same record both keep their change, and
 * for the same field the later write wins. These functions are the one definition of how a patch
 * lands, used by storage inside the write's transaction and by the screen to show a change at once.
 */

export type AnswerPatch = Partial<Omit<Answer, 'assessmentId' | 'capabilityId' | 'updatedAt'>>;

export function blankAnswer(assessmentId: string, capabilityId: string, at: string): Answer {
  return {
    assessmentId,
    capabilityId,
    state: null,
    level: null,
    naReason: '',
    confidence: null,
    target: null,
    notes: '',
    evidence: [],
    updatedAt: at,
  };
}

/** A level only counts while the state is "level", a reason only while it is "not applicable". */
export function applyAnswerPatch(current: Answer, patch: AnswerPatch, at: string): Answer {
  const next: Answer = { ...current, ...patch, updatedAt: at };
  // A level seeded by the quick check stays an estimate until the person chooses an answer themselves.
  if (patch.state !== undefined || patch.level !== undefined) delete next.estimate;
  if (next.state !== 'level') next.level = null;
  if (next.state !== 'not-applicable') next.naReason = '';
  return next;
}

export type AssessmentPatch = Partial<
  Pick<Assessment, 'name' | 'organisation' | 'team' | 'round' | 'respondentName' | 'respondentRole' | 'date' | 'questionnaire'>
>;

export type UseCasePatch = Partial<
  Pick<
    UseCase,
    | 'title'
    | 'description'
    | 'sponsor'
    | 'businessUnit'
    | 'family'
    | 'status'
    | 'dataClassification'
    | 'riskTier'
    | 'tags'
    | 'archived'
  >
>;

/** For records whose fields are plain values: the patch's fields replace the stored ones. */
export function applyFieldPatch<T extends { updatedAt: string }>(current: T, patch: { [K in keyof T]?: T[K] }, at: string): T {
  return { ...current, ...patch, updatedAt: at };
}

/** Scores are patched one criterion at a time (null clears one), so two raters' tabs never undo each other. */
export interface RatingPatch {
  raterName?: string;
  raterRole?: string;
  comment?: string;
  scores?: Partial<Record<CriterionId, number | null>>;
}

export function mergeRatingPatches(earlier: RatingPatch, later: RatingPatch): RatingPatch {
  const merged: RatingPatch = { ...earlier, ...later };
  if (earlier.scores || later.scores) merged.scores = { ...earlier.scores, ...later.scores };
  return merged;
}

export function applyRatingPatch(current: Rating, patch: RatingPatch, at: string): Rating {
  const { scores: scorePatch, ...fields } = patch;
  const scores = { ...current.scores };
  for (const [criterion, value] of Object.entries(scorePatch ?? {}) as [CriterionId, number | null | undefined][]) {
    if (value === null || value === undefined) delete scores[criterion];
    else scores[criterion] = value;
  }
  return { ...current, ...fields, scores, updatedAt: at };
}
