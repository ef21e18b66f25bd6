import type { Rating, UseCase } from '../schemas/backlog';
import { applyFieldPatch, applyRatingPatch, type RatingPatch, type UseCasePatch } from '../lib/patches';
import { db } from './db';
import { MissingRecordError } from './errors';
import { patchRecord } from './patch';

import { LAST_DELETED_KEY, type UseCaseBundle } from './useCaseReads';

export { getUseCase, lastDeleted, listRatings, listUseCases, type UseCaseBundle } from './useCaseReads';

export async function putUseCase(useCase: UseCase): Promise<void> {
  await db().useCases.put(useCase);
}

/** Applies an edit to the latest stored use case, read and written in one transaction. */
export function patchUseCase(id: string, patch: UseCasePatch): Promise<UseCase> {
  return patchRecord(db().useCases, id, 'This use case', (current, at) => applyFieldPatch(current, patch, at));
}

/** Applies a change to the latest stored rating (scores criterion by criterion), in one transaction. */
export function patchRating(id: string, patch: RatingPatch): Promise<Rating> {
  return patchRecord(db().ratings, id, 'This rating', (current, at) => applyRatingPatch(current, patch, at));
}

export async function putRating(rating: Rating): Promise<void> {
  await db().ratings.put(rating);
}

export async function deleteRating(id: string): Promise<void> {
  await db().ratings.delete(id);
}

/**
 * Copies the latest stored use case and its ratings under new ids, read and written in one
 * transaction (so a rating added a moment ago in another tab is copied too). Returns the copy.
 */
export async function duplicateUseCaseBundle(
  id: string,
  makeCopy: (original: UseCase) => UseCase,
  newRatingId: () => string,
): Promise<UseCaseBundle> {
  const database = db();
  return database.transaction('rw', database.useCases, database.ratings, async () => {
    const original = await database.useCases.get(id);
    if (!original) throw new MissingRecordError('This use case');
    const useCase = makeCopy(original);
    const ratings = (await database.ratings.where('useCaseId').equals(id).toArray()).map((rating) => ({
      ...rating,
      id: newRatingId(),
      useCaseId: useCase.id,
      updatedAt: useCase.updatedAt,
    }));
    await database.useCases.add(useCase);
    if (ratings.length > 0) await database.ratings.bulkAdd(ratings);
    return { useCase, ratings };
  });
}

/**
 * Deletes a use case and its ratings, and keeps them under meta 'backlog.lastDeleted' in the same
 * transaction, so undo works after a reload or on another page. Returns what was deleted.
 */
export async function deleteUseCaseBundle(id: string): Promise<UseCaseBundle | undefined> {
  const database = db();
  return database.transaction('rw', database.useCases, database.ratings, database.meta, async () => {
    const useCase = await database.useCases.get(id);
    if (!useCase) return undefined;
    const ratings = await database.ratings.where('useCaseId').equals(id).toArray();
    await database.ratings.where('useCaseId').equals(id).delete();
    await database.useCases.delete(id);
    const bundle: UseCaseBundle = { useCase, ratings };
    await database.meta.put({ key: LAST_DELETED_KEY, value: bundle });
    return bundle;
  });
}

export async function forgetLastDeleted(): Promise<void> {
  await db().meta.delete(LAST_DELETED_KEY);
}

/** Puts a deleted use case and its ratings back and forgets the undo record, all or nothing. */
export async function restoreUseCaseBundle(bundle: UseCaseBundle): Promise<void> {
  const database = db();
  await database.transaction('rw', database.useCases, database.ratings, database.meta, async () => {
    await database.useCases.put(bundle.useCase);
    if (bundle.ratings.length > 0) await database.ratings.bulkPut(bundle.ratings);
    await database.meta.delete(LAST_DELETED_KEY);
  });
}

export interface ImportResult {
  added: number;
  replaced: number;
}

/**
 * Writes imported use cases and ratings in one transaction. A use case whose id is already stored
 * is replaced, and its stored ratings give way to the imported ones; on any failure nothing changes.
 * A CSV file has no column for the risk-tier screening, so a replaced use case keeps its stored
 * screening while the imported tier is the one that screening decided; with another tier it is
 * no longer screened.
 */
export async function importUseCases(useCases: readonly UseCase[], ratings: readonly Rating[]): Promise<ImportResult> {
  const database = db();
  return database.transaction('rw', database.useCases, database.ratings, async () => {
    const ids = useCases.map((useCase) => useCase.id);
    const stored = (await database.useCases.count()) === 0 ? [] : await database.useCases.where(':id').anyOf(ids).toArray();
    const existing = stored.map((useCase) => useCase.id);
    if (existing.length > 0) await database.ratings.where('useCaseId').anyOf(existing).delete();
    const screenings = new Map(stored.flatMap((useCase) => (useCase.riskScreening ? [[useCase.id, useCase.riskScreening]] : [])));
    const withScreening = useCases.map(({ riskScreening: own, ...useCase }): UseCase => {
      const screening = own ?? screenings.get(useCase.id);
      return screening && screening.decidedTier === useCase.riskTier ? { ...useCase, riskScreening: screening } : useCase;
    });
    await database.useCases.bulkPut(withScreening);
    if (ratings.length > 0) await database.ratings.bulkPut([...ratings]);
    return { added: useCases.length - existing.length, replaced: existing.length };
  });
}
