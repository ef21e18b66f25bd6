import Dexie from 'dexie';
import type { AuditEntry, Review, ReviewAnswer } from '../schemas/governance';
import { db } from './db';

export async function listReviews(): Promise<Review[]> {
  return db().reviews.toArray();
}

export async function getReview(id: string): Promise<Review | undefined> {
  return db().reviews.get(id);
}

/** Every revision of one review, oldest first. */
export async function listRevisions(lineageId: string): Promise<Review[]> {
  const revisions = await db().reviews.where('lineageId').equals(lineageId).toArray();
  return revisions.sort((a, b) => a.revision - b.revision);
}

export async function getReviewAnswers(reviewId: string): Promise<ReviewAnswer[]> {
  return db().reviewAnswers.where('reviewId').equals(reviewId).toArray();
}

export async function listAllReviewAnswers(): Promise<ReviewAnswer[]> {
  return db().reviewAnswers.toArray();
}

/** One lineage's audit log in `seq` order, as the compound index returns it. */
export async function getAuditLog(lineageId: string): Promise<AuditEntry[]> {
  return db().auditLog.where('[lineageId+seq]').between([lineageId, Dexie.minKey], [lineageId, Dexie.maxKey]).toArray();
}

/** The last entry of a lineage's log, if any. */
export async function tailOf(lineageId: string): Promise<AuditEntry | undefined> {
  return db().auditLog.where('[lineageId+seq]').between([lineageId, Dexie.minKey], [lineageId, Dexie.maxKey]).last();
}
