import { describe, expect, it } from 'vitest';
import { splitByApplicability } from '../../../../src/lib/governance/applicability';
import { governanceByUseCase } from '../../../../src/lib/governance/rollup';
import { blockingFindings, findings, reviewProgress, summariseReview } from '../../../../src/lib/governance/reviewState';
import { governanceStatus, statusChangeBlock, type ReviewSummary } from '../../../../src/lib/governance/status';
import type { SignOff } from '../../../../src/schemas/governance';
import { confidentialMedium, makeReview, makeReviewAnswer, makeTemplate } from '../../helpers/governance';

const items = makeTemplate().items;
const signOff = (decision: SignOff['decision']): SignOff => ({
  reviewerName: 'Ingrid Berg',
  reviewerRole: 'Ethics reviewer',
  decision,
  conditions: decision === 'approve-with-conditions' ? 'Retest in May.' : '',
  date: '2026-11-24',
});

describe('reviewProgress', () => {
  it('counts answered applicable items, not applicable ones included, and lists the open ones', () => {
    const progress = reviewProgress(items, [
      makeReviewAnswer('bias-audit', 'met'),
      makeReviewAnswer('lawful-basis', 'not-applicable'),
      makeReviewAnswer('purpose-agreed', null),
    ]);
    expect(progress.answered).toBe(2);
    expect(progress.applicable).toBe(4);
    expect(progress.open.map((item) => item.id)).toEqual(['purpose-agreed', 'impact-assessment']);
    expect(progress.counts).toEqual({ met: 1, 'partially-met': 0, 'not-met': 0, 'not-applicable': 1 });
  });

  it('ignores answers to items outside the list it is given', () => {
    const { applicable } = splitByApplicability(items, confidentialMedium);
    expect(reviewProgress(applicable, [makeReviewAnswer('lawful-basis', 'met')])).toMatchObject({ answered: 0, applicable: 2 });
  });
});

describe('findings', () => {
  it('lists not met and partially met items, blockers first, and counts partially met blockers as blocking', () => {
    const answers = [
      makeReviewAnswer('purpose-agreed', 'not-met'),
      makeReviewAnswer('bias-audit', 'partially-met'),
      makeReviewAnswer('lawful-basis', 'not-met'),
      makeReviewAnswer('impact-assessment', 'met'),
    ];
    expect(findings(items, answers).map((finding) => [finding.item.id, finding.status])).toEqual([
      ['bias-audit', 'partially-met'],
      ['lawful-basis', 'not-met'],
      ['purpose-agreed', 'not-met'],
    ]);
    expect(blockingFindings(items, answers).map((finding) => finding.item.id)).toEqual(['bias-audit', 'lawful-basis']);
  });

  it('does not count a blocker that is met, not applicable, or not answered', () => {
    const answers = [makeReviewAnswer('bias-audit', 'met'), makeReviewAnswer('lawful-basis', 'not-applicable')];
    expect(blockingFindings(items, answers)).toEqual([]);
  });

  it('does not count a blocker left out by its conditions, even if an answer is stored for it', () => {
    const review = makeReview({ useCaseSnapshot: confidentialMedium });
    expect(summariseReview(review, [makeReviewAnswer('lawful-basis', 'not-met')]).blockingFindings).toBe(0);
  });
});

describe('governanceStatus roll-up', () => {
  const summary = (status: ReviewSummary['status'], decision: ReviewSummary['decision'] = null, blocking = 0): ReviewSummary => ({
    status,
    decision,
    blockingFindings: blocking,
  });

  it('is "not started" without reviews or with superseded revisions only', () => {
    expect(governanceStatus([])).toBe('not-started');
    expect(governanceStatus([summary('superseded', 'approve')])).toBe('not-started');
  });

  it('shows open reviews, with blocking findings first', () => {
    expect(governanceStatus([summary('in-review')])).toBe('in-review');
    expect(governanceStatus([summary('in-review'), summary('in-review', null, 2), summary('signed-off', 'approve')])).toBe(
      'blocking-findings',
    );
    expect(governanceStatus([summary('signed-off', 'approve'), summary('in-review')])).toBe('in-review');
  });

  it('takes the most cautious decision when every review is signed off, ignoring superseded ones', () => {
    expect(governanceStatus([summary('signed-off', 'approve')])).toBe('approved');
    expect(governanceStatus([summary('signed-off', 'approve'), summary('signed-off', 'approve-with-conditions')])).toBe(
      'approved-with-conditions',
    );
    expect(governanceStatus([summary('signed-off', 'approve-with-conditions'), summary('signed-off', 'reject')])).toBe(
      'rejected',
    );
    expect(governanceStatus([summary('superseded', 'reject'), summary('signed-off', 'approve')])).toBe('approved');
  });

  it('blocks a high-risk use case from approval without an approving sign-off', () => {
    expect(statusChangeBlock('high', 'approved', 'in-review')).toMatch(/high risk/);
    expect(statusChangeBlock('high', 'in-production', 'approved-with-conditions')).toBeNull();
    expect(statusChangeBlock('medium', 'approved', 'not-started')).toBeNull();
    expect(statusChangeBlock('high', 'proposed', 'rejected')).toBeNull();
  });

  it('keeps a use case with a possible prohibited practice from being approved, built or released, whatever its reviews say', () => {
    for (const next of ['approved', 'in-progress', 'in-production'])
      expect(statusChangeBlock('high', next, 'approved', true)).toMatch(/prohibits/);
    expect(statusChangeBlock('high', 'proposed', 'approved', true)).toBeNull();
    expect(statusChangeBlock('high', 'retired', 'not-started', true)).toBeNull();
  });
});

describe('governanceByUseCase', () => {
  it('rolls up each use case’s reviews and links the review that decides the status', () => {
    const approved = makeReview({
      id: 'review-a',
      lineageId: 'lineage-a',
      status: 'signed-off',
      signOff: signOff('approve'),
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    const open = makeReview({ id: 'review-b', lineageId: 'lineage-b', updatedAt: '2026-10-01T10:00:00.000Z' });
    const other = makeReview({
      id: 'review-c',
      lineageId: 'lineage-c',
      subject: { kind: 'use-case', useCaseId: 'usecase-0002' },
      status: 'signed-off',
      signOff: signOff('reject'),
    });
    const model = makeReview({
      id: 'review-d',
      lineageId: 'lineage-d',
      subject: { kind: 'model', name: 'ETA v3' },
      useCaseSnapshot: null,
    });
    const answers = [makeReviewAnswer('bias-audit', 'not-met', { reviewId: 'review-b' })];
    const result = governanceByUseCase([approved, open, other, model], answers);
    expect(Object.fromEntries(result)).toEqual({
      'usecase-0001': { status: 'blocking-findings', reviewId: 'review-b' },
      'usecase-0002': { status: 'rejected', reviewId: 'review-c' },
    });
  });

  it('follows the latest revision after a reopen', () => {
    const old = makeReview({ id: 'review-1', status: 'superseded', signOff: signOff('approve') });
    const next = makeReview({ id: 'review-2', revision: 2, updatedAt: '2026-12-01T10:00:00.000Z' });
    expect(governanceByUseCase([old, next], []).get('usecase-0001')).toEqual({ status: 'in-review', reviewId: 'review-2' });
  });
});
