import type { ChecklistTemplate } from '../../schemas/checklistTemplate';
import type { UseCase } from '../../schemas/backlog';
import type { Review, ReviewAnswer, ReviewSubject, UseCaseSnapshot } from '../../schemas/governance';
import type { AuditDraft } from './auditChain';
import { NAME_REQUIRED } from './answerFields';
import type { Change } from './transitions';

/**
 * A review's start and its reopening, as plain data like the answer changes in transitions.ts.
 * They live apart from those because the review page, which changes answers, never starts a
 * review and reopens one only from its lower part, so it loads them only then.
 */
interface StartInput extends Change {
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

interface ReopenInput extends Change {
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

/** What a review keeps of its use case, so a signed-off record reads the same after the use case changes. */
export function snapshotOf(useCase: UseCase | undefined | null): UseCaseSnapshot | null {
  return useCase ? { title: useCase.title, dataClassification: useCase.dataClassification, riskTier: useCase.riskTier } : null;
}
