import { limits } from '../../schemas/limits';
import { lengthProblem } from '../textLimits';
import type { Review, ReviewAnswer } from '../../schemas/governance';
import { canonicalJson } from '../canonical';
import { itemApplicability } from './applicability';
import type { AuditDraft } from './auditChain';
import { auditedFields, emptyReviewAnswer, JUSTIFICATION_REQUIRED, NAME_REQUIRED } from './answerFields';

/**
 * The changes a review goes through, as plain data: each returns the records to store and the
 * audit entry that records it. Storage writes both in one transaction; the sample workspace is
 * built from the same functions, so its history reads exactly like a real one.
 */
export interface Change {
  actor: string;
  at: string;
}

export type AnswerPatch = Partial<Pick<ReviewAnswer, 'status' | 'justification' | 'notes' | 'evidence'>>;

type AnswerRefusal =
  'locked' | 'unknown-item' | 'not-applicable-by-condition' | 'no-actor' | 'justification-required' | 'too-long';
export type AnswerChange =
  { ok: true; answer: ReviewAnswer; draft: AuditDraft | null } | { ok: false; refusal: AnswerRefusal; message: string };

export function lockedMessage(review: Pick<Review, 'status'>): string {
  return review.status === 'superseded'
    ? 'This revision has been superseded by a later one and is kept read-only as history.'
    : 'This revision is signed off and read-only. Reopen it as a new revision to change anything.';
}

/**
 * Applies a change to one item's answer. A justification is kept only while the item is marked
 * not applicable, and "not applicable" is refused without one. A change that alters nothing
 * gives no audit entry.
 */
export function changeAnswer(
  review: Review,
  current: ReviewAnswer | undefined,
  itemId: string,
  patch: AnswerPatch,
  change: Change,
): AnswerChange {
  if (review.status !== 'in-review') return refuse('locked', lockedMessage(review));
  const item = review.template.items.find((candidate) => candidate.id === itemId);
  if (!item) return refuse('unknown-item', `The checklist of this review has no item “${itemId}”.`);
  const verdict = itemApplicability(item.conditions, review.useCaseSnapshot);
  if (!verdict.applies) return refuse('not-applicable-by-condition', verdict.reason);
  const actor = change.actor.trim();
  if (actor === '') return refuse('no-actor', NAME_REQUIRED);
  const long =
    lengthProblem('Your name', actor, limits.audit.actor) ??
    lengthProblem('The justification', patch.justification ?? '', limits.reviewAnswer.justification) ??
    lengthProblem('The notes', patch.notes ?? '', limits.reviewAnswer.notes) ??
    ((patch.evidence?.length ?? 0) > limits.reviewAnswer.evidence
      ? `An item can have at most ${limits.reviewAnswer.evidence} evidence links.`
      : null);
  if (long) return refuse('too-long', long);

  const before = current ?? emptyReviewAnswer(review.id, itemId, change.at);
  const next: ReviewAnswer = { ...before, ...patch };
  if (next.status !== 'not-applicable') next.justification = '';
  if (next.status === 'not-applicable' && next.justification.trim() === '')
    return refuse('justification-required', JUSTIFICATION_REQUIRED);

  const changed = auditedFields.filter((field) => canonicalJson(before[field]) !== canonicalJson(next[field]));
  if (changed.length === 0) return { ok: true, answer: before, draft: null };
  const answer: ReviewAnswer = { ...next, answeredBy: actor, answeredAt: change.at };
  const draft: AuditDraft = {
    reviewId: review.id,
    at: change.at,
    actor,
    action: 'answer-changed',
    itemId,
    before: Object.fromEntries(changed.map((field) => [field, before[field]])),
    after: Object.fromEntries(changed.map((field) => [field, answer[field]])),
  };
  return { ok: true, answer, draft };
}

function refuse(refusal: AnswerRefusal, message: string): AnswerChange {
  return { ok: false, refusal, message };
}
