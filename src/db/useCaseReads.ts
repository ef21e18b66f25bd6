import type { Rating, UseCase } from '../schemas/backlog';
import { db } from './db';

// Reading the backlog, apart from the writes in useCases.ts: pages open with these and load the
// write code with the first change (the governance pages show use cases without editing them).

/** A use case with its ratings, as removed by a delete and put back by undo. */
export interface UseCaseBundle {
  useCase: UseCase;
  ratings: Rating[];
}

/** Where the last deleted use case is kept (in meta) so undo works after a reload. */
export const LAST_DELETED_KEY = 'backlog.lastDeleted';

export async function lastDeleted(): Promise<UseCaseBundle | undefined> {
  const record = await db().meta.get(LAST_DELETED_KEY);
  return (record?.value as UseCaseBundle | undefined) ?? undefined;
}

export async function listUseCases(): Promise<UseCase[]> {
  return db().useCases.toArray();
}

export async function getUseCase(id: string): Promise<UseCase | undefined> {
  return db().useCases.get(id);
}

export async function listRatings(useCaseId?: string): Promise<Rating[]> {
  const table = db().ratings;
  return useCaseId === undefined ? table.toArray() : table.where('useCaseId').equals(useCaseId).toArray();
}
