import type { StartDraft, StartProblem } from '../../lib/governance/startCheck';
import { auditedWrite } from '../../db/auditedWrite';
import { checkStart } from '../../lib/governance/startCheck';
import { snapshotOf, startReview } from '../../lib/governance/lifecycle';
import { newId, nowIso } from '../../lib/ids';
import { $useCaseOptions, type TemplateChoice } from './list';
import { setReviewer } from './review';
import { attempt } from '../save/saveState';

// Apart from the list of reviews: the governance page shows the list at once and loads this, with
// the review lifecycle it writes through, only when a person opens the form to start a review.

type StartResult = { ok: true; reviewId: string } | { ok: false; problems: StartProblem[]; message: string | null };

/** Starts revision 1 of a new review; the template and the use case's classification are copied in. */
export async function startNewReview(draft: StartDraft, templates: readonly TemplateChoice[]): Promise<StartResult> {
  const useCases = $useCaseOptions.get();
  const problems = checkStart(
    draft,
    templates.map((choice) => choice.key),
    useCases.map((useCase) => useCase.id),
  );
  const choice = templates.find((candidate) => candidate.key === draft.templateKey);
  const useCase = useCases.find((candidate) => candidate.id === draft.useCaseId);
  if (problems.length > 0 || !choice) return { ok: false, problems, message: null };

  const lineageId = newId();
  const { review, draft: entry } = startReview({
    reviewId: newId(),
    lineageId,
    subject:
      draft.subjectKind === 'model'
        ? { kind: 'model', name: draft.modelName.trim() }
        : { kind: 'use-case', useCaseId: draft.useCaseId },
    snapshot: draft.subjectKind === 'model' ? null : snapshotOf(useCase),
    template: choice.template,
    actor: draft.reviewerName,
    at: nowIso(),
  });
  await setReviewer(draft.reviewerName.trim());
  const outcome = await attempt(() =>
    auditedWrite(lineageId, async (tx) => {
      await tx.putReview(review);
      return { value: null, draft: entry };
    }),
  );
  if (!outcome.ok) return { ok: false, problems: [], message: `The review was not started: ${outcome.message}.` };
  return { ok: true, reviewId: review.id };
}
