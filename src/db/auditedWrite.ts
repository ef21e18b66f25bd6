import type { AuditEntry, Review, ReviewAnswer } from '../schemas/governance';
import { chainedEntry, entryHash, type AuditDraft } from '../lib/governance/auditChain';
import { newId } from '../lib/ids';
import { db } from './db';
import { tailOf } from './reviews';

// The one way a review changes: apart from the reads in reviews.ts, so that pages which only show
// a review's state (the backlog, a use case) do not carry the hashing of its history.

/** What a change may read and write while its audit entry is being appended. */
interface ReviewTx {
  review(id: string): Promise<Review | undefined>;
  answer(reviewId: string, itemId: string): Promise<ReviewAnswer | undefined>;
  answers(reviewId: string): Promise<ReviewAnswer[]>;
  putReview(review: Review): Promise<void>;
  putAnswers(answers: readonly ReviewAnswer[]): Promise<void>;
}

export class IncompleteAnswerError extends Error {
  constructor(itemId: string) {
    super(`the answer to “${itemId}” is marked not applicable without a justification, so it was not stored`);
    this.name = 'IncompleteAnswerError';
  }
}

/** Another tab appended to the same history between reading its tail and writing. */
class ChainMovedError extends Error {
  constructor() {
    super('the history of this review was changed in another tab; reload the page to see the latest version');
    this.name = 'ChainMovedError';
  }
}

const txFacade = (): ReviewTx => {
  const database = db();
  return {
    review: (id) => database.reviews.get(id),
    answer: (reviewId, itemId) => database.reviewAnswers.get([reviewId, itemId]),
    answers: (reviewId) => database.reviewAnswers.where('reviewId').equals(reviewId).toArray(),
    putReview: async (review) => {
      await database.reviews.put(review);
    },
    putAnswers: async (answers) => {
      // The last line of defence for the rule the form enforces: no "not applicable" without a why.
      const incomplete = answers.find((answer) => answer.status === 'not-applicable' && answer.justification.trim() === '');
      if (incomplete) throw new IncompleteAnswerError(incomplete.itemId);
      await database.reviewAnswers.bulkPut([...answers]);
    },
  };
};

const ATTEMPTS = 4;

/**
 * Runs `work` and appends the audit entry it returns, in one transaction: either the change and
 * its entry are both stored, or neither is. The fingerprint of the previous entry is computed
 * before the transaction opens (Web Crypto would let an IndexedDB transaction close), and the
 * transaction checks that the history has not moved on meanwhile; if it has, the whole step runs
 * again. Callers serialise writes per lineage, so within a tab this never repeats.
 */
export async function auditedWrite<T>(
  lineageId: string,
  work: (tx: ReviewTx) => Promise<{ value: T; draft: AuditDraft | null }>,
): Promise<{ value: T; entry: AuditEntry | null }> {
  const database = db();
  for (let attempt = 1; ; attempt += 1) {
    const tail = await tailOf(lineageId);
    const prevHash = tail ? await entryHash(tail) : '';
    try {
      return await database.transaction('rw', [database.reviews, database.reviewAnswers, database.auditLog], async () => {
        const latest = await tailOf(lineageId);
        if (latest?.id !== tail?.id) throw new ChainMovedError();
        const { value, draft } = await work(txFacade());
        if (!draft) return { value, entry: null };
        const entry = chainedEntry(tail, prevHash, draft, { id: newId(), lineageId });
        await database.auditLog.add(entry);
        return { value, entry };
      });
    } catch (error) {
      if (!(error instanceof ChainMovedError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
