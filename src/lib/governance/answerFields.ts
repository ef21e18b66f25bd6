import type { ReviewAnswer } from '../../schemas/governance';

/**
 * What an item's answer holds and the two sentences its changes are refused with most often.
 * Kept apart from the rules that change answers (transitions.ts), so a review opens with only
 * these and the rules arrive with the first change.
 */

/** The answer fields the audit log records before and after every change. */
export const auditedFields = ['status', 'justification', 'notes', 'evidence'] as const;
export type AuditedField = (typeof auditedFields)[number];
export type AuditedAnswer = Pick<ReviewAnswer, AuditedField>;

export const blankAudited = (): AuditedAnswer => ({ status: null, justification: '', notes: '', evidence: [] });

export function emptyReviewAnswer(reviewId: string, itemId: string, at: string): ReviewAnswer {
  return { reviewId, itemId, ...blankAudited(), answeredBy: '', answeredAt: at };
}

export const JUSTIFICATION_REQUIRED = 'Say why this item does not apply before marking it not applicable.';
export const NAME_REQUIRED = 'Enter your name first, so the history shows who made each change.';
