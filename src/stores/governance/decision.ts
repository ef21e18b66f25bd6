import type { Review, UseCaseSnapshot } from '../../schemas/governance';
import { describeStorageError } from '../../db/errors';
import { auditedWrite } from '../../db/auditedWrite';
import { getUseCase } from '../../db/useCaseReads';
import {
  checkSignOff,
  signOffReview,
  type SignOffDraft,
  type SignOffProblem,
  type SigningOff,
} from '../../lib/governance/signOff';
import { reopenReview, snapshotOf, type Reopening } from '../../lib/governance/lifecycle';
import { newId, nowIso, todayIso } from '../../lib/ids';
import { commitAllText } from './answers';
import { $review, $reviewAnswers, $reviewer, $revisions, noteEntry } from './review';
import { attempt } from '../save/saveState';
import { drained, serial } from '../save/serial';

export type { SignOffDraft, SignOffProblem };
type DecisionResult = { ok: true } | { ok: false; problems: SignOffProblem[]; message: string | null };

/**
 * Records the sign-off of the revision on screen. Pending edits are stored first, and the rules
 * are checked again inside the transaction against what is stored, so the decision always rests
 * on the answers the history shows.
 */
export async function signOff(form: SignOffDraft, today: string = todayIso()): Promise<DecisionResult> {
  const review = $review.get();
  if (!review) return { ok: false, problems: [], message: 'No review is open.' };
  await commitAllText();
  await drained(review.lineageId);
  const early = checkSignOff(review, Object.values($reviewAnswers.get()), form, today);
  if (early.length > 0) return { ok: false, problems: early, message: null };

  const at = nowIso();
  const actor = $reviewer.get();
  const outcome = await serial(review.lineageId, () =>
    attempt(() =>
      auditedWrite<SigningOff | null>(review.lineageId, async (tx) => {
        const stored = await tx.review(review.id);
        if (!stored) return { value: null, draft: null };
        const result = signOffReview(stored, await tx.answers(review.id), form, { actor, at }, today);
        if (!result.ok) return { value: result, draft: null };
        await tx.putReview(result.review);
        return { value: result, draft: result.draft };
      }),
    ),
  );
  const result = outcome.ok ? outcome.value.value : null;
  if (!outcome.ok || !result)
    return {
      ok: false,
      problems: [],
      message: `The sign-off was not recorded: ${!outcome.ok ? describeStorageError(outcome.error) : 'the review is no longer stored in this browser'}.`,
    };
  if (!result.ok) return { ok: false, problems: result.problems, message: result.message };
  replaceRevision(result.review);
  await noteEntry(outcome.value.entry);
  return { ok: true };
}

type ReopenResult = { ok: true; reviewId: string } | { ok: false; message: string };

/**
 * Starts revision n + 1 of the signed-off revision on screen. The new revision takes the use case
 * as it stands today, so a reclassification since the last sign-off is reviewed.
 */
export async function reopen(reason: string): Promise<ReopenResult> {
  const review = $review.get();
  if (!review) return { ok: false, message: 'No review is open.' };
  const at = nowIso();
  const actor = $reviewer.get();
  let snapshot: UseCaseSnapshot | null = null;
  try {
    snapshot = review.subject.kind === 'use-case' ? snapshotOf(await getUseCase(review.subject.useCaseId)) : null;
  } catch {
    // Without the backlog the new revision keeps the previous copy of the use case.
  }
  const outcome = await serial(review.lineageId, () =>
    attempt(() =>
      auditedWrite<Reopening | null>(review.lineageId, async (tx) => {
        const stored = await tx.review(review.id);
        if (!stored) return { value: null, draft: null };
        const result = reopenReview(stored, await tx.answers(review.id), { newReviewId: newId(), reason, snapshot, actor, at });
        if (!result.ok) return { value: result, draft: null };
        await tx.putReview(result.superseded);
        await tx.putReview(result.next);
        await tx.putAnswers(result.answers);
        return { value: result, draft: result.draft };
      }),
    ),
  );
  const result = outcome.ok ? outcome.value.value : null;
  if (!outcome.ok || !result)
    return {
      ok: false,
      message: `The review was not reopened: ${!outcome.ok ? describeStorageError(outcome.error) : 'it is no longer stored in this browser'}.`,
    };
  if (!result.ok) return result;
  return { ok: true, reviewId: result.next.id };
}

function replaceRevision(next: Review): void {
  $review.set(next);
  $revisions.set($revisions.get().map((revision) => (revision.id === next.id ? next : revision)));
}
