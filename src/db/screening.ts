import type { UseCase } from '../schemas/backlog';
import type { AuditEntry, Review } from '../schemas/governance';
import { chainedEntry, entryHash, type AuditDraft } from '../lib/governance/auditChain';
import { newId } from '../lib/ids';
import { db } from './db';
import { tailOf } from './reviews';

class HistoryMovedError extends Error {
  constructor() {
    super('a review history of this use case was changed in another tab; reload the page and record the screening again');
    this.name = 'HistoryMovedError';
  }
}

class UseCaseGoneError extends Error {
  constructor() {
    super('this use case is no longer stored in this browser (it may have been deleted in another tab)');
    this.name = 'UseCaseGoneError';
  }
}

/** The newest revision of every review lineage about this use case. */
async function latestRevisions(useCaseId: string): Promise<Review[]> {
  const reviews = await db().reviews.where('subject.useCaseId').equals(useCaseId).toArray();
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    const held = latest.get(review.lineageId);
    if (!held || review.revision > held.revision) latest.set(review.lineageId, review);
  }
  return [...latest.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * Stores a use case whose risk tier was just screened and, in the same transaction, appends an
 * entry to the history of every review about it, so a reviewer sees when and why the tier
 * changed. Fingerprints are computed before the transaction opens (Web Crypto would let it
 * close); the transaction checks that no history moved meanwhile, and writes nothing if one did.
 */
export async function putScreenedUseCase(
  useCaseId: string,
  patch: Pick<UseCase, 'riskTier' | 'riskScreening' | 'updatedAt'>,
  draftFor: (review: Review, previous: UseCase) => AuditDraft,
): Promise<{ useCase: UseCase; entries: AuditEntry[] }> {
  const database = db();
  const reviews = await latestRevisions(useCaseId);
  const tails = await Promise.all(reviews.map((review) => tailOf(review.lineageId)));
  const hashes = await Promise.all(tails.map((tail) => (tail ? entryHash(tail) : Promise.resolve(''))));
  return database.transaction('rw', [database.useCases, database.reviews, database.auditLog], async () => {
    // The patch is applied to the stored record, so edits saved meanwhile are kept.
    const previous = await database.useCases.get(useCaseId);
    if (!previous) throw new UseCaseGoneError();
    const entries: AuditEntry[] = [];
    for (const [index, review] of reviews.entries()) {
      const latest = await tailOf(review.lineageId);
      if (latest?.id !== tails[index]?.id) throw new HistoryMovedError();
      const entry = chainedEntry(tails[index], hashes[index] ?? '', draftFor(review, previous), {
        id: newId(),
        lineageId: review.lineageId,
      });
      await database.auditLog.add(entry);
      entries.push(entry);
    }
    const useCase: UseCase = { ...previous, ...patch };
    await database.useCases.put(useCase);
    return { useCase, entries };
  });
}
