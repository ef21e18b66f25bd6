import { describe, expect, it } from 'vitest';
import { appendEntry, verifyChain } from '../../../../src/lib/governance/auditChain';
import { replayMatches } from '../../../../src/lib/governance/replay';
import { checkSignOff, signOffReview, type SignOffDraft } from '../../../../src/lib/governance/signOff';
import { reopenReview, startReview } from '../../../../src/lib/governance/lifecycle';
import { JUSTIFICATION_REQUIRED } from '../../../../src/lib/governance/answerFields';
import { changeAnswer } from '../../../../src/lib/governance/transitions';
import type { AuditEntry, ReviewAnswer } from '../../../../src/schemas/governance';
import { reviewSchema } from '../../../../src/schemas/governance';
import { AT, confidentialMedium, makeReview, makeReviewAnswer, makeTemplate } from '../../helpers/governance';

const change = { actor: 'Ingrid Berg', at: AT };
const form = (overrides: Partial<SignOffDraft> = {}): SignOffDraft => ({
  reviewerName: 'Ingrid Berg',
  reviewerRole: 'AI ethics reviewer',
  decision: 'approve',
  conditions: '',
  date: '2026-11-24',
  ...overrides,
});
const allMet = (): ReviewAnswer[] => makeTemplate().items.map((item) => makeReviewAnswer(item.id, 'met'));

describe('startReview', () => {
  it('makes revision 1 in review with the template copied in, and a "review started" entry', () => {
    const { review, draft } = startReview({
      reviewId: 'review-0001',
      lineageId: 'lineage-0001',
      subject: { kind: 'model', name: 'ETA v3' },
      snapshot: null,
      template: makeTemplate(),
      ...change,
    });
    expect(reviewSchema.safeParse(review).success).toBe(true);
    expect(review).toMatchObject({ revision: 1, status: 'in-review', signOff: null, useCaseSnapshot: null });
    expect(draft).toMatchObject({
      action: 'review-started',
      actor: 'Ingrid Berg',
      itemId: null,
      after: { subject: 'ETA v3', revision: 1 },
    });
  });
});

describe('changeAnswer', () => {
  it('records only the fields that changed, before and after, with who and when', () => {
    const result = changeAnswer(makeReview(), undefined, 'bias-audit', { status: 'met' }, change);
    expect(result).toMatchObject({ ok: true, answer: { status: 'met', answeredBy: 'Ingrid Berg', answeredAt: AT } });
    expect(result.ok && result.draft).toEqual({
      reviewId: 'review-0001',
      at: AT,
      actor: 'Ingrid Berg',
      action: 'answer-changed',
      itemId: 'bias-audit',
      before: { status: null },
      after: { status: 'met' },
    });
  });

  it('refuses "not applicable" without a justification', () => {
    expect(
      changeAnswer(makeReview(), undefined, 'bias-audit', { status: 'not-applicable', justification: '  ' }, change),
    ).toEqual({ ok: false, refusal: 'justification-required', message: JUSTIFICATION_REQUIRED });
    const current = makeReviewAnswer('bias-audit', 'not-applicable');
    expect(changeAnswer(makeReview(), current, 'bias-audit', { justification: '' }, change)).toMatchObject({
      ok: false,
      refusal: 'justification-required',
    });
  });

  it('drops the justification when the item no longer is marked not applicable', () => {
    const current = makeReviewAnswer('bias-audit', 'not-applicable');
    const result = changeAnswer(makeReview(), current, 'bias-audit', { status: 'met' }, change);
    expect(result.ok && result.answer.justification).toBe('');
    expect(result.ok && result.draft?.after).toEqual({ status: 'met', justification: '' });
  });

  it('gives no entry for a change that changes nothing', () => {
    const current = makeReviewAnswer('bias-audit', 'met');
    expect(changeAnswer(makeReview(), current, 'bias-audit', { status: 'met' }, change)).toEqual({
      ok: true,
      answer: current,
      draft: null,
    });
  });

  it('refuses a signed-off revision, an unknown item, an item left out by its conditions and a change without a name', () => {
    const signed = makeReview({ status: 'signed-off', signOff: { ...form(), decision: 'approve' } });
    expect(changeAnswer(signed, undefined, 'bias-audit', { status: 'met' }, change)).toMatchObject({
      ok: false,
      refusal: 'locked',
    });
    expect(changeAnswer(makeReview(), undefined, 'nope', { status: 'met' }, change)).toMatchObject({
      ok: false,
      refusal: 'unknown-item',
    });
    expect(
      changeAnswer(makeReview({ useCaseSnapshot: confidentialMedium }), undefined, 'lawful-basis', { status: 'met' }, change),
    ).toMatchObject({ ok: false, refusal: 'not-applicable-by-condition' });
    expect(changeAnswer(makeReview(), undefined, 'bias-audit', { status: 'met' }, { ...change, actor: ' ' })).toMatchObject({
      ok: false,
      refusal: 'no-actor',
    });
  });
});

describe('sign-off', () => {
  it('requires name, role, decision and a date that is not in the future', () => {
    const problems = checkSignOff(
      makeReview(),
      allMet(),
      form({ reviewerName: '', reviewerRole: '', decision: '', date: '2026-11-25' }),
      '2026-11-24',
    );
    expect(problems.map((problem) => problem.field)).toEqual(['reviewerName', 'reviewerRole', 'decision', 'date']);
    expect(checkSignOff(makeReview(), allMet(), form({ date: '2026-02-30' }), '2026-11-24')[0]?.message).toMatch(/real date/);
  });

  it('requires conditions for a conditional approval', () => {
    expect(
      checkSignOff(makeReview(), allMet(), form({ decision: 'approve-with-conditions' }), '2026-11-24').map((p) => p.field),
    ).toEqual(['conditions']);
  });

  it('refuses an approval while items are open or blocking findings remain, but allows a rejection', () => {
    const open = allMet().slice(1);
    expect(checkSignOff(makeReview(), open, form(), '2026-11-24')[0]?.message).toBe(
      'Answer the 1 item still open before approving, or choose “Reject”',
    );
    const blocked = [...allMet().slice(1), makeReviewAnswer('bias-audit', 'partially-met')];
    expect(
      checkSignOff(makeReview(), blocked, form({ decision: 'approve-with-conditions', conditions: 'x' }), '2026-11-24')[0]
        ?.message,
    ).toMatch(/Resolve the 1 blocking finding/);
    expect(
      checkSignOff(makeReview(), open, form({ decision: 'reject', conditions: 'No consent for the camera data.' }), '2026-11-24'),
    ).toEqual([]);
    expect(checkSignOff(makeReview(), open, form({ decision: 'reject' }), '2026-11-24')).toEqual([
      { field: 'conditions', message: 'Say why the revision is rejected, so the record shows what must change' },
    ]);
  });

  it('locks the revision and records the decision; conditions are kept only for a conditional approval', () => {
    const result = signOffReview(makeReview(), allMet(), form({ conditions: 'typed before switching' }), change, '2026-11-24');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.review).toMatchObject({ status: 'signed-off', signOff: { decision: 'approve', conditions: '' } });
    expect(reviewSchema.safeParse(result.review).success).toBe(true);
    expect(result.draft).toMatchObject({ action: 'signed-off', after: { status: 'signed-off' } });
    expect(signOffReview(result.review, allMet(), form(), change, '2026-11-24')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/read-only/),
    });
  });
});

describe('reopenReview', () => {
  const signed = makeReview({ status: 'signed-off', signOff: { ...form(), decision: 'approve' } });

  it('supersedes the signed-off revision and starts the next with the answers copied', () => {
    const result = reopenReview(signed, allMet(), {
      newReviewId: 'review-0002',
      reason: 'Model retrained on 2026 data',
      snapshot: confidentialMedium,
      ...change,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.superseded).toMatchObject({ id: 'review-0001', status: 'superseded', signOff: signed.signOff });
    expect(result.next).toMatchObject({
      id: 'review-0002',
      lineageId: signed.lineageId,
      revision: 2,
      status: 'in-review',
      signOff: null,
      useCaseSnapshot: confidentialMedium,
    });
    expect(result.answers.map((answer) => answer.reviewId)).toEqual(Array(4).fill('review-0002'));
    expect(result.draft).toMatchObject({
      action: 'reopened',
      reviewId: 'review-0002',
      after: { revision: 2, reason: 'Model retrained on 2026 data', copiedAnswers: 4 },
    });
    [result.superseded, result.next].forEach((review) => expect(reviewSchema.safeParse(review).success).toBe(true));
  });

  it('refuses a revision in review, and a reopening without a reason', () => {
    expect(reopenReview(makeReview(), [], { newReviewId: 'review-0002', reason: 'x', snapshot: null, ...change }).ok).toBe(false);
    expect(reopenReview(signed, [], { newReviewId: 'review-0002', reason: ' ', snapshot: null, ...change })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Say why/),
    });
  });
});

describe('replayMatches', () => {
  it('agrees with answers built through the transitions, and spots an answer edited outside the history', async () => {
    const log: AuditEntry[] = [];
    const ids = () => ({ id: `entry-${String(log.length + 1).padStart(4, '0')}`, lineageId: 'lineage-0001' });
    const { review, draft } = startReview({
      reviewId: 'review-0001',
      lineageId: 'lineage-0001',
      subject: { kind: 'model', name: 'ETA v3' },
      snapshot: null,
      template: makeTemplate(),
      ...change,
    });
    await appendEntry(log, draft, ids());
    const answers = new Map<string, ReviewAnswer>();
    for (const [itemId, patch] of [
      ['bias-audit', { status: 'met' }],
      ['bias-audit', { notes: 'Audit report v2' }],
      ['purpose-agreed', { status: 'not-applicable', justification: 'Internal tool only' }],
    ] as const) {
      const result = changeAnswer(review, answers.get(itemId), itemId, patch, change);
      if (!result.ok || !result.draft) throw new Error('expected a change');
      answers.set(itemId, result.answer);
      await appendEntry(log, result.draft, ids());
    }
    await expect(verifyChain(log)).resolves.toEqual({ intact: true });
    expect(replayMatches(log, review, [...answers.values()])).toEqual({ matches: true });
    const edited = [...answers.values()].map((answer) =>
      answer.itemId === 'bias-audit' ? { ...answer, status: 'not-met' as const } : answer,
    );
    expect(replayMatches(log, review, edited)).toMatchObject({ matches: false, itemId: 'bias-audit' });
    expect(replayMatches(log.slice(0, -1), review, [...answers.values()])).toMatchObject({
      matches: false,
      itemId: 'purpose-agreed',
    });
  });
});
