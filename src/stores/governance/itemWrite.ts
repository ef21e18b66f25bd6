import { auditedWrite } from '../../db/auditedWrite';
import { MissingRecordError } from '../../db/errors';
import { changeAnswer, type AnswerChange, type AnswerPatch, type Change } from '../../lib/governance/transitions';
import type { AuditEntry } from '../../schemas/governance';

/**
 * Applies a change to the latest stored answer of an item and records it in the lineage's
 * history, in one transaction. The review page loads this (with the rules and the hash chain it
 * needs) when the first change is made, not while it opens.
 */
export function writeAnswerChange(
  lineageId: string,
  reviewId: string,
  itemId: string,
  patch: AnswerPatch,
  change: Change,
): Promise<{ value: AnswerChange | null; entry: AuditEntry | null }> {
  return auditedWrite<AnswerChange | null>(lineageId, async (tx) => {
    const stored = await tx.review(reviewId);
    if (!stored) throw new MissingRecordError('This review');
    const result = changeAnswer(stored, await tx.answer(reviewId, itemId), itemId, patch, change);
    if (!result.ok || !result.draft) return { value: result, draft: null };
    await tx.putAnswers([result.answer]);
    await tx.putReview({ ...stored, updatedAt: change.at });
    return { value: result, draft: result.draft };
  });
}
