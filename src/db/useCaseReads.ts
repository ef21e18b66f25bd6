import type { Rating, UseCase } from '../schemas/backlog';
import { db } from './db';

// Reading the backlog, apart from the writes in useCases.ts: the governance pages show use cases
// without editing them, so they open without the backlog's write code.

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
