import { beforeEach, describe, expect, it } from 'vitest';
import type { PortalDb } from '../../../../src/db/db';
import { auditedWrite, IncompleteAnswerError } from '../../../../src/db/auditedWrite';
import { getAuditLog, getReviewAnswers, listRevisions } from '../../../../src/db/reviews';
import { $answerDrafts, $itemErrors, commitText, editText, updateItem } from '../../../../src/stores/governance/answers';
import { reopen, signOff } from '../../../../src/stores/governance/decision';
import { $reviewRows, $useCaseOptions, loadReviewRows } from '../../../../src/stores/governance/list';
import { startNewReview } from '../../../../src/stores/governance/start';
import {
  $auditLog,
  $history,
  $review,
  $reviewAnswers,
  $reviewer,
  $revisions,
  openReview,
} from '../../../../src/stores/governance/review';
import { $saveState } from '../../../../src/stores/save/saveState';
import { makeReviewAnswer } from '../../helpers/governance';
import { freshGovernance, startAndOpen, template, templates, useCase } from '../../helpers/governanceStore';

let database: PortalDb;

const allMet = () => Promise.all(template.items.map((item) => updateItem(item.id, { status: 'met' })));
const form = {
  reviewerName: 'Ingrid Berg',
  reviewerRole: 'AI ethics reviewer',
  decision: 'approve' as const,
  conditions: '',
  date: '2026-11-24',
};

beforeEach(async () => {
  database = await freshGovernance();
});

describe('starting a review', () => {
  it('stores revision 1 with the use case copied in and a first history entry', async () => {
    const id = await startAndOpen();
    expect($review.get()).toMatchObject({
      id,
      revision: 1,
      status: 'in-review',
      useCaseSnapshot: { title: 'Driver fatigue alerts', riskTier: 'high', dataClassification: 'personal' },
    });
    expect($auditLog.get()).toMatchObject([{ seq: 1, prevHash: '', action: 'review-started', actor: 'Ingrid Berg' }]);
    expect($reviewer.get()).toBe('Ingrid Berg');
    expect($useCaseOptions.get().map((option) => option.id)).toEqual(['usecase-0001']);
  });

  it('refuses an incomplete form and stores nothing', async () => {
    await loadReviewRows();
    const result = await startNewReview(
      { templateKey: '', subjectKind: 'model', useCaseId: '', modelName: ' ', reviewerName: '' },
      templates,
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [{ field: 'templateKey' }, { field: 'modelName' }, { field: 'reviewerName' }],
    });
    await expect(database.reviews.count()).resolves.toBe(0);
  });

  it('lists the review with its subject, progress and blocking findings', async () => {
    await startAndOpen();
    await updateItem('bias-audit', { status: 'not-met' });
    await loadReviewRows();
    expect($reviewRows.get()?.[0]).toMatchObject({
      subject: 'Driver fatigue alerts',
      revisions: 1,
      summary: { blockingFindings: 1, progress: { answered: 1, applicable: 4 } },
    });
  });
});

describe('answering', () => {
  it('stores the answer and its history entry in one transaction', async () => {
    const id = await startAndOpen();
    await expect(updateItem('bias-audit', { status: 'met' })).resolves.toBe(true);
    expect(await getReviewAnswers(id)).toMatchObject([{ itemId: 'bias-audit', status: 'met', answeredBy: 'Ingrid Berg' }]);
    const log = await getAuditLog($review.get()?.lineageId ?? '');
    expect(log.map((entry) => [entry.seq, entry.action, entry.itemId])).toEqual([
      [1, 'review-started', null],
      [2, 'answer-changed', 'bias-audit'],
    ]);
    expect(log[1]).toMatchObject({ before: { status: null }, after: { status: 'met' } });
  });

  it('stores neither the answer nor the entry when the entry cannot be written', async () => {
    const id = await startAndOpen();
    database.auditLog.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(updateItem('bias-audit', { status: 'met' })).resolves.toBe(false);
    expect(await getReviewAnswers(id)).toEqual([]);
    expect($saveState.get()).toMatchObject({ kind: 'error' });
    expect($itemErrors.get()['bias-audit']).toMatch(/Could not save this change: disk full/);
    // The change stays on screen, so it can be stored once the storage works again.
    expect($answerDrafts.get()['bias-audit']).toEqual({ status: 'met' });
  });

  it('refuses "not applicable" without a justification and stores nothing', async () => {
    const id = await startAndOpen();
    await expect(updateItem('bias-audit', { status: 'not-applicable', justification: '' })).resolves.toBe(false);
    expect($itemErrors.get()['bias-audit']).toMatch(/Say why this item does not apply/);
    expect(await getReviewAnswers(id)).toEqual([]);
    expect(await getAuditLog($review.get()?.lineageId ?? '')).toHaveLength(1);
    await expect(
      updateItem('bias-audit', { status: 'not-applicable', justification: 'Only rule-based alerts are in scope.' }),
    ).resolves.toBe(true);
    expect(await getReviewAnswers(id)).toMatchObject([
      { status: 'not-applicable', justification: 'Only rule-based alerts are in scope.' },
    ]);
  });

  it('keeps a stored justification when the box is emptied, and says why', async () => {
    await startAndOpen();
    await updateItem('bias-audit', { status: 'not-applicable', justification: 'Out of scope.' });
    editText('bias-audit', 'justification', '');
    await expect(commitText('bias-audit', 'justification')).resolves.toBe(false);
    expect($itemErrors.get()['bias-audit']).toMatch(/saved justification is kept/);
    expect($reviewAnswers.get()['bias-audit']?.justification).toBe('Out of scope.');
  });

  it('refuses answers that are not applicable without a justification in storage too', async () => {
    const id = await startAndOpen();
    const write = auditedWrite($review.get()?.lineageId ?? '', async (tx) => {
      await tx.putAnswers([makeReviewAnswer('bias-audit', 'not-applicable', { reviewId: id, justification: '' })]);
      return { value: null, draft: null };
    });
    await expect(write).rejects.toBeInstanceOf(IncompleteAnswerError);
  });

  it('asks for a name before recording a change', async () => {
    await startAndOpen();
    $reviewer.set('');
    await expect(updateItem('bias-audit', { status: 'met' })).resolves.toBe(false);
    expect($itemErrors.get()['bias-audit']).toMatch(/Enter your name/);
  });
});

describe('sign-off and reopening', () => {
  it('locks the revision after sign-off', async () => {
    const id = await startAndOpen();
    await allMet();
    await expect(signOff(form, '2026-11-24')).resolves.toEqual({ ok: true });
    expect($review.get()).toMatchObject({
      status: 'signed-off',
      signOff: { decision: 'approve', reviewerRole: 'AI ethics reviewer' },
    });
    await expect(updateItem('bias-audit', { status: 'not-met' })).resolves.toBe(false);
    expect((await getReviewAnswers(id)).find((answer) => answer.itemId === 'bias-audit')?.status).toBe('met');
    expect($auditLog.get().at(-1)).toMatchObject({ action: 'signed-off', actor: 'Ingrid Berg' });
  });

  it('returns the problems of an incomplete sign-off and records nothing', async () => {
    await startAndOpen();
    const result = await signOff({ ...form, reviewerRole: '' }, '2026-11-24');
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'reviewerRole' }, { field: 'decision' }] });
    expect((await database.reviews.toArray())[0]?.status).toBe('in-review');
  });

  it('stores notes still being typed before signing off', async () => {
    const id = await startAndOpen();
    await allMet();
    editText('purpose-agreed', 'notes', 'Charter v3 signed by the COO.');
    await signOff(form, '2026-11-24');
    expect((await getReviewAnswers(id)).find((answer) => answer.itemId === 'purpose-agreed')?.notes).toBe(
      'Charter v3 signed by the COO.',
    );
  });

  it('reopens as revision 2, keeping revision 1 read-only with its decision', async () => {
    const first = await startAndOpen();
    await allMet();
    await signOff(form, '2026-11-24');
    await database.useCases.put({ ...useCase, riskTier: 'medium' });
    await expect(reopen('')).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/Say why/) });
    const result = await reopen('The model was retrained on winter data.');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await openReview(result.reviewId);
    const revisions = await listRevisions($review.get()?.lineageId ?? '');
    expect(revisions.map((revision) => [revision.revision, revision.status, revision.signOff?.decision ?? null])).toEqual([
      [1, 'superseded', 'approve'],
      [2, 'in-review', null],
    ]);
    expect($revisions.get()).toHaveLength(2);
    expect($review.get()?.useCaseSnapshot?.riskTier).toBe('medium');
    expect(await getReviewAnswers(result.reviewId)).toHaveLength(4);
    expect(await getReviewAnswers(first)).toHaveLength(4);
    expect($auditLog.get().at(-1)).toMatchObject({ action: 'reopened', reviewId: result.reviewId, after: { revision: 2 } });
    expect($history.get()).toMatchObject({ chain: { intact: true }, replay: { matches: true } });

    await openReview(first);
    await expect(updateItem('bias-audit', { status: 'not-met' })).resolves.toBe(false);
    await expect(reopen('again')).resolves.toMatchObject({ ok: false });
  });
});
