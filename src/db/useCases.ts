import type { Rating, UseCase } from '../schemas/backlog';
import { db } from './db';

export async function listUseCases(): Promise<UseCase[]> {
  return db().useCases.toArray();
}

export async function getUseCase(id: string): Promise<UseCase | undefined> {
  return db().useCases.get(id);
}

export async function putUseCase(useCase: UseCase): Promise<void> {
  await db().useCases.put(useCase);
}

export async function listRatings(useCaseId?: string): Promise<Rating[]> {
  const table = db().ratings;
  return useCaseId === undefined ? table.toArray() : table.where('useCaseId').equals(useCaseId).toArray();
}
