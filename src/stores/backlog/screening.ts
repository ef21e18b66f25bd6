import { atom } from 'nanostores';
import type { RiskScreening } from '../../schemas/riskScreening';
import type { RiskTier } from '../../schemas/enums';
import { screeningAuditChange, screeningRecord, type ScreeningAnswers } from '../../lib/governance/riskScreening';
import { nowIso } from '../../lib/ids';
import { putScreenedUseCase } from '../../db/screening';
import { attempt } from '../save/saveState';
import { describeStorageError } from '../../db/errors';
import { $useCases, replaceUseCase } from './backlog';

type ScreeningProblems = Partial<Record<'answers' | 'justification' | 'decidedBy', string>>;

type ScreeningOutcome =
  | { kind: 'recorded'; reviewsNotified: number }
  | { kind: 'invalid'; problems: ScreeningProblems }
  | { kind: 'failed'; message: string };

/** Where the screening form stands after its last attempt; the panel shows it. */
export const $screeningOutcome = atom<ScreeningOutcome | null>(null);

/**
 * Records a screening on a use case: the answers, the suggested tier with its reasons, and the
 * tier the person decided (with a justification when it differs). The use case takes the decided
 * tier, and every review about it gets an entry in its history, in the same transaction.
 */
export async function recordScreening(
  screening: RiskScreening,
  useCaseId: string,
  answers: ScreeningAnswers,
  decision: { decidedTier: RiskTier; justification: string; decidedBy: string },
): Promise<ScreeningOutcome> {
  const current = $useCases.get().find((useCase) => useCase.id === useCaseId);
  if (!current) return finish({ kind: 'failed', message: 'this use case is not in the backlog any more' });
  const at = nowIso();
  const built = screeningRecord(screening, answers, current, { ...decision, decidedAt: at });
  if ('problems' in built) return finish({ kind: 'invalid', problems: built.problems });
  const { record } = built;
  const outcome = await attempt(() =>
    putScreenedUseCase(useCaseId, { riskTier: record.decidedTier, riskScreening: record, updatedAt: at }, (review, previous) => ({
      reviewId: review.id,
      at,
      actor: record.decidedBy,
      action: 'risk-tier-screened',
      itemId: null,
      ...screeningAuditChange(previous, record),
    })),
  );
  if (!outcome.ok) return finish({ kind: 'failed', message: describeStorageError(outcome.error) });
  replaceUseCase(outcome.value.useCase);
  return finish({ kind: 'recorded', reviewsNotified: outcome.value.entries.length });
}

function finish(outcome: ScreeningOutcome): ScreeningOutcome {
  $screeningOutcome.set(outcome);
  return outcome;
}
