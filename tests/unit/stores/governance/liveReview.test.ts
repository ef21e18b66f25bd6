import { beforeEach, describe, expect, it } from 'vitest';
import { auditedWrite } from '../../../../src/db/auditedWrite';
import { getReviewAnswers } from '../../../../src/db/reviews';
import { changeAnswer } from '../../../../src/lib/governance/transitions';
import { updateItem } from '../../../../src/stores/governance/answers';
import { $auditLog, $review, $reviewAnswers } from '../../../../src/stores/governance/review';
import { freshGovernance, startAndOpen } from '../../helpers/governanceStore';
import { waitForStore } from '../../helpers/waitFor';

/** What another tab's portal does when its reviewer changes an item: a patch on the stored answer. */
async function otherTabChanges(reviewId: string, itemId: string, patch: Parameters<typeof changeAnswer>[3]): Promise<void> {
  const lineageId = $review.get()?.lineageId ?? '';
  await auditedWrite(lineageId, async (tx) => {
    const review = await tx.review(reviewId);
    if (!review) throw new Error('no review');
    const change = changeAnswer(review, await tx.answer(reviewId, itemId), itemId, patch, {
      actor: 'Other tab',
      at: new Date().toISOString(),
    });
    if (!change.ok || !change.draft) throw new Error('refused');
    await tx.putAnswers([change.answer]);
    return { value: null, draft: change.draft };
  });
}

beforeEach(async () => {
  await freshGovernance();
});

describe('a review open in two tabs', () => {
  it('keeps both changes to different fields of one item and shows the other tab’s without reopening', async () => {
    const id = await startAndOpen();
    const watching = $reviewAnswers.listen(() => undefined);
    expect(await updateItem('bias-audit', { status: 'met' })).toBe(true);
    await otherTabChanges(id, 'bias-audit', { notes: 'Audit report attached in the wiki.' });

    const [stored] = await getReviewAnswers(id);
    expect(stored).toMatchObject({ status: 'met', notes: 'Audit report attached in the wiki.' });
    await waitForStore($reviewAnswers, (answers) => answers['bias-audit']?.notes === 'Audit report attached in the wiki.');
    expect($reviewAnswers.get()['bias-audit']?.status).toBe('met');
    // The history shows both entries, in order, and still verifies.
    await waitForStore($auditLog, (log) => log.length === 3);
    watching();
  });
});
