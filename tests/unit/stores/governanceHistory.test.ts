import { beforeEach, describe, expect, it } from 'vitest';
import type { PortalDb } from '../../../src/db/db';
import { auditedWrite } from '../../../src/db/auditedWrite';
import { getAuditLog, getReviewAnswers } from '../../../src/db/reviews';
import { verifyChain } from '../../../src/lib/governance/auditChain';
import { replayMatches } from '../../../src/lib/governance/replay';
import { updateItem } from '../../../src/stores/governance/answers';
import { $history, $review, $reviewAnswers, openReview } from '../../../src/stores/governance/review';
import { AT } from '../helpers/governance';
import { freshGovernance, startAndOpen, template } from '../helpers/governanceStore';

let database: PortalDb;

beforeEach(async () => {
  database = await freshGovernance();
});

describe('the hash chain under load', () => {
  it('keeps the chain intact and the answers in step with it under many quick edits', async () => {
    await startAndOpen();
    const edits: Promise<boolean>[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const item of template.items) {
        edits.push(updateItem(item.id, { status: round % 2 === 0 ? 'met' : 'partially-met' }));
        edits.push(updateItem(item.id, { notes: `Round ${round}` }));
      }
    }
    await Promise.all(edits);
    const log = await getAuditLog($review.get()?.lineageId ?? '');
    expect(log.map((entry) => entry.seq)).toEqual(log.map((_, index) => index + 1));
    await expect(verifyChain(log)).resolves.toEqual({ intact: true });
    expect(replayMatches(log, $review.get()!, Object.values($reviewAnswers.get()))).toEqual({ matches: true });
    expect($history.get()).toMatchObject({ chain: { intact: true }, replay: { matches: true } });
    // Coalescing: far fewer entries than edits, and the last edit wins.
    expect(log.length).toBeLessThan(edits.length);
    expect($reviewAnswers.get()['bias-audit']).toMatchObject({ status: 'partially-met', notes: 'Round 9' });
  });

  it('keeps the chain intact when two writers race for the same history', async () => {
    await startAndOpen();
    const lineageId = $review.get()?.lineageId ?? '';
    const write = (n: number) =>
      auditedWrite(lineageId, async () => ({
        value: n,
        draft: {
          reviewId: $review.get()!.id,
          at: AT,
          actor: 'Other tab',
          action: 'answer-changed',
          itemId: 'bias-audit',
          before: {},
          after: { notes: String(n) },
        },
      }));
    await Promise.all([write(1), write(2), write(3)]);
    const log = await getAuditLog(lineageId);
    expect(log).toHaveLength(4);
    await expect(verifyChain(log)).resolves.toEqual({ intact: true });
  });
});

describe('checking the history when a review is opened', () => {
  it('reports the first broken entry of a history edited in storage, e.g. after importing a changed file', async () => {
    const id = await startAndOpen();
    await updateItem('bias-audit', { status: 'not-met' });
    await updateItem('purpose-agreed', { status: 'met' });
    const lineageId = $review.get()?.lineageId ?? '';
    const [, second] = await getAuditLog(lineageId);
    await database.auditLog.put({ ...second!, after: { status: 'met' } });
    await database.reviewAnswers.put({ ...(await getReviewAnswers(id)).find((a) => a.itemId === 'bias-audit')!, status: 'met' });
    await openReview(id);
    expect($history.get()).toMatchObject({
      chain: {
        intact: false,
        firstBrokenSeq: 2,
        reason: expect.stringMatching(/^entry 2 does not match the fingerprint kept in entry 3/),
      },
    });
  });

  it('notices an answer changed in storage without a history entry', async () => {
    const id = await startAndOpen();
    await updateItem('bias-audit', { status: 'not-met' });
    await database.reviewAnswers.put({ ...(await getReviewAnswers(id))[0]!, status: 'met' });
    await openReview(id);
    expect($history.get()).toMatchObject({ chain: { intact: true }, replay: { matches: false, itemId: 'bias-audit' } });
  });
});
