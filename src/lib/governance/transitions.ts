import { limits } from '../../schemas/limits';
import { lengthProblem } from '../textLimits';
import type { ChecklistTemplate } from '../../schemas/checklistTemplate';
import type { Review, ReviewAnswer, ReviewSubject, UseCaseSnapshot } from '../../schemas/governance';
import { canonicalJson } from '../canonical';
import { itemApplicability } from './applicability';
import type { AuditDraft } from './auditChain';
import { auditedFields, blankAudited } from './replay';

/**
 * The changes a review goes through, as plain data: each returns the records to store and the
 * audit entry that records it. Storage writes both in one transaction; the sample workspace is
 * built from the same functions, so its history reads exactly like a real one.
 */
export interface Change {
  actor: string;
  at: string;
}

export interface StartInput extends Change {
  reviewId: string;
  lineageId: string;
  subject: ReviewSubject;
  snapshot: UseCaseSnapshot | null;
  template: ChecklistTemplate;
}

export function startReview(input: StartInput): { review: Review; draft: AuditDraft } {
  const review: Review = {
    id: input.reviewId,
    lineageId: input.lineageId,
    revision: 1,
    subject: input.subject,
    useCaseSnapshot: input.snapshot,
    template: input.template,
    status: 'in-review',
    signOff: null,
    createdAt: input.at,
    updatedAt: input.at,
  };
  const subject = input.subject.kind === 'model' ? input.subject.name : (input.snapshot?.title ?? input.subject.useCaseId);
  const draft: AuditDraft = {
    reviewId: review.id,
    at: input.at,
    actor: input.actor.trim(),
    action: 'review-started',
    itemId: null,
    before: null,
    after: {
      revision: 1,
      subject,
      template: { id: input.template.id, version: input.template.version, title: input.template.title },
    },
  };
  return { review, draft };
}

export type AnswerPatch = Partial<Pick<ReviewAnswer, 'status' | 'justification' | 'notes' | 'evidence'>>;

export type AnswerRefusal =
  'locked' | 'unknown-item' | 'not-applicable-by-condition' | 'no-actor' | 'justification-required' | 'too-long';
export type AnswerChange =
  { ok: true; answer: ReviewAnswer; draft: AuditDraft | null } | { ok: false; refusal: AnswerRefusal; message: string };

export const JUSTIFICATION_REQUIRED = 'Say why this item does not apply before marking it not applicable.';
export const NAME_REQUIRED = 'Enter your name first, so the history shows who made each change.';

export function lockedMessage(review: Pick<Review, 'status'>): string {
  return review.status === 'superseded'
    ? 'This revision has been superseded by a later one and is kept read-only as history.'
    : 'This revision is signed off and read-only. Reopen it as a new revision to change anything.';
}

export function emptyReviewAnswer(reviewId: string, itemId: string, at: string): ReviewAnswer {
  return { reviewId, itemId, ...blankAudited(), answeredBy: '', answeredAt: at };
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

export interface ReopenInput extends Change {
  newReviewId: string;
  reason: string;
  /** The use case as it stands now; null keeps the previous copy (a named model, or a use case no longer in the backlog). */
  snapshot: UseCaseSnapshot | null;
}

export type Reopening =
  { ok: true; superseded: Review; next: Review; answers: ReviewAnswer[]; draft: AuditDraft } | { ok: false; message: string };

export const REOPEN_REASON_REQUIRED = 'Say why the review is reopened, for example a retrained model or a changed purpose.';

/**
 * Reopening keeps the signed-off revision as it was (now superseded) and starts revision n + 1
 * with a copy of every answer, so the reviewer changes only what has moved on.
 */
export function reopenReview(review: Review, answers: readonly ReviewAnswer[], input: ReopenInput): Reopening {
  if (review.status !== 'signed-off')
    return { ok: false, message: 'Only the current, signed-off revision of a review can be reopened.' };
  const actor = input.actor.trim();
  if (actor === '') return { ok: false, message: NAME_REQUIRED };
  const reason = input.reason.trim();
  if (reason === '') return { ok: false, message: REOPEN_REASON_REQUIRED };

  const superseded: Review = { ...review, status: 'superseded', updatedAt: input.at };
  const next: Review = {
    ...review,
    id: input.newReviewId,
    revision: review.revision + 1,
    useCaseSnapshot: input.snapshot ?? review.useCaseSnapshot,
    status: 'in-review',
    signOff: null,
    createdAt: input.at,
    updatedAt: input.at,
  };
  const copied = answers.filter((answer) => answer.reviewId === review.id).map((answer) => ({ ...answer, reviewId: next.id }));
  const draft: AuditDraft = {
    reviewId: next.id,
    at: input.at,
    actor,
    action: 'reopened',
    itemId: null,
    before: { revision: review.revision, status: 'signed-off', decision: review.signOff?.decision ?? null },
    after: { revision: next.revision, status: 'in-review', reason, copiedAnswers: copied.length },
  };
  return { ok: true, superseded, next, answers: copied, draft };
}

function refuse(refusal: AnswerRefusal, message: string): AnswerChange {
  return { ok: false, refusal, message };
}
