import { auditedWrite } from '../../db/auditedWrite';
import { describeStorageError, MissingRecordError } from '../../db/errors';
import { changeAnswer, type AnswerChange, type AnswerPatch, type Change } from '../../lib/governance/transitions';
import type { AuditEntry, ReviewAnswer } from '../../schemas/governance';
import { emptyReviewAnswer } from '../../lib/governance/answerFields';
import { nowIso } from '../../lib/ids';
import { serial } from '../save/serial';
import { $itemErrors } from './answers';
import { $review, $reviewAnswers, $reviewer, noteEntry } from './review';

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

class RefusedChange extends Error {}

/**
 * Stores a change of one item as the autosave hands it over: applied to the latest stored answer
 * and recorded in the history, after every earlier write of the lineage (`serial`). A refused
 * change says why on the item and leaves the stored answer as it was.
 */
export async function writeItem(reviewId: string, itemId: string, patch: AnswerPatch): Promise<ReviewAnswer> {
  const review = $review.get();
  const lineageId = review?.id === reviewId ? review.lineageId : null;
  const at = nowIso();
  const actor = $reviewer.get();
  try {
    if (!lineageId) throw new MissingRecordError('This review');
    const { value: change, entry } = await serial(lineageId, () =>
      writeAnswerChange(lineageId, reviewId, itemId, patch, { actor, at }),
    );
    if (!change) throw new MissingRecordError('This review');
    if (!change.ok) {
      // A refusal is not a storage failure: the message says what to do, and the change is dropped.
      $itemErrors.setKey(itemId, change.message);
      throw new RefusedChange(change.message);
    }
    if ($review.get()?.id === reviewId) $reviewAnswers.setKey(itemId, change.answer);
    await noteEntry(entry);
    return change.answer;
  } catch (error) {
    if (error instanceof RefusedChange) return $reviewAnswers.get()[itemId] ?? emptyReviewAnswer(reviewId, itemId, at);
    $itemErrors.setKey(
      itemId,
      `Could not save this change: ${describeStorageError(error)}. It is still on screen; change it again or use “Try again” to store it.`,
    );
    throw error;
  }
}
