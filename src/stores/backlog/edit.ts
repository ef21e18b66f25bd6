import { firstOverLimit } from '../../lib/textLimits';
import { limits } from '../../schemas/limits';
import type { UseCase } from '../../schemas/backlog';
import {
  deleteUseCaseBundle,
  forgetLastDeleted,
  putUseCase,
  duplicateUseCaseBundle,
  restoreUseCaseBundle,
} from '../../db/useCases';
import { statusChangeBlock } from '../../lib/governance/status';
import { newId, nowIso } from '../../lib/ids';
import type { UseCasePatch } from '../../lib/patches';
import { $lastDeleted, $ratings, $useCases, replaceUseCase } from './backlog';
import { shownUseCase, useCaseSaves } from './saves';
import { governanceStatusOf } from '../governance/link';
import { attempt } from '../save/saveState';

/** What a person fills in to add a use case. */
export type UseCaseDraft = Pick<
  UseCase,
  'title' | 'description' | 'sponsor' | 'businessUnit' | 'family' | 'status' | 'dataClassification' | 'riskTier' | 'tags'
>;

export type { UseCasePatch };

/**
 * Why the status may not change, or null. High-risk use cases need an approving governance
 * sign-off before they are approved or put in production.
 */
export function statusBlock(
  useCaseId: string | null,
  riskTier: UseCase['riskTier'],
  nextStatus: UseCase['status'],
): string | null {
  if (useCaseId === null) return statusChangeBlock(riskTier, nextStatus, 'not-started');
  const prohibited = $useCases.get().find((useCase) => useCase.id === useCaseId)?.riskScreening?.prohibited ?? false;
  return statusChangeBlock(riskTier, nextStatus, governanceStatusOf(useCaseId), prohibited);
}

/** Whether the workspace schema would refuse these values for their length (titles, texts, tags). */
function useCaseTooLong(values: UseCasePatch): boolean {
  return (
    firstOverLimit(values, limits.useCase) !== null || (values.tags ?? []).some((tag) => tag.trim().length > limits.useCase.tag)
  );
}

export async function addUseCase(draft: UseCaseDraft): Promise<UseCase | undefined> {
  if (draft.title.trim() === '' || useCaseTooLong(draft)) return undefined;
  const now = nowIso();
  const useCase: UseCase = { id: newId(), ...draft, title: draft.title.trim(), archived: false, createdAt: now, updatedAt: now };
  const stored = (await attempt(() => putUseCase(useCase))).ok;
  if (!stored) return undefined;
  replaceUseCase(useCase);
  return useCase;
}

/**
 * Applies a change at once on screen and stores it (autosave). A status change that governance
 * does not allow is refused: the message says why and nothing changes.
 */
export function updateUseCase(id: string, patch: UseCasePatch): { blocked: string | null; saved: Promise<void> } {
  const current = $useCases.get().find((useCase) => useCase.id === id);
  if (!current || patch.title?.trim() === '' || useCaseTooLong(patch)) return { blocked: null, saved: Promise.resolve() };
  if (patch.status !== undefined && patch.status !== current.status) {
    const blocked = statusBlock(id, patch.riskTier ?? current.riskTier, patch.status);
    if (blocked) return { blocked, saved: Promise.resolve() };
  }
  const saved = useCaseSaves.save(id, patch);
  replaceUseCase(shownUseCase(current));
  return { blocked: null, saved: saved.then(() => undefined) };
}

/** A copy with its ratings under new ids, back at status "idea". */
export async function duplicateUseCase(id: string): Promise<UseCase | undefined> {
  const now = nowIso();
  const outcome = await attempt(() =>
    duplicateUseCaseBundle(
      id,
      (original) => ({
        ...original,
        id: newId(),
        title: `Copy of ${original.title}`.slice(0, 160),
        status: 'idea',
        archived: false,
        createdAt: now,
        updatedAt: now,
      }),
      newId,
    ),
  );
  if (!outcome.ok) return undefined;
  const { useCase, ratings } = outcome.value;
  replaceUseCase(useCase);
  $ratings.set([...$ratings.get(), ...ratings]);
  return useCase;
}

export function setArchived(id: string, archived: boolean): Promise<void> {
  return updateUseCase(id, { archived }).saved;
}

/** Deletes a use case and its ratings; `undoDelete` puts both back. */
export async function deleteUseCase(id: string): Promise<boolean> {
  const outcome = await attempt(() => deleteUseCaseBundle(id));
  const bundle = outcome.ok ? outcome.value : undefined;
  if (!bundle) return false;
  $useCases.set($useCases.get().filter((useCase) => useCase.id !== id));
  $ratings.set($ratings.get().filter((rating) => rating.useCaseId !== id));
  $lastDeleted.set(bundle);
  return true;
}

export async function undoDelete(): Promise<UseCase | undefined> {
  const bundle = $lastDeleted.get();
  if (!bundle) return undefined;
  const done = (await attempt(() => restoreUseCaseBundle(bundle))).ok;
  if (!done) return undefined;
  replaceUseCase(bundle.useCase);
  const restoredIds = new Set(bundle.ratings.map((rating) => rating.id));
  $ratings.set([...$ratings.get().filter((rating) => !restoredIds.has(rating.id)), ...bundle.ratings]);
  $lastDeleted.set(null);
  return bundle.useCase;
}

export async function dismissUndo(): Promise<void> {
  $lastDeleted.set(null);
  await attempt(() => forgetLastDeleted());
}
