import { beforeEach, describe, expect, it } from 'vitest';
import { statusChangeBlock } from '../../../../src/lib/governance/status';
import { governanceReviewOf, governanceStatusOf, loadGovernanceStatuses } from '../../../../src/stores/governance/link';
import { useFreshDb } from '../../helpers/freshDb';
import { makeReview, makeReviewAnswer } from '../../helpers/governance';

beforeEach(() => {
  useFreshDb();
});

describe('governanceStatusOf', () => {
  it('reads "not started" until reviews exist, then the rolled-up status once loaded', async () => {
    await loadGovernanceStatuses();
    expect(governanceStatusOf('usecase-0001')).toBe('not-started');

    const database = useFreshDb();
    await database.reviews.put(makeReview());
    await database.reviewAnswers.put(makeReviewAnswer('bias-audit', 'not-met'));
    expect(governanceStatusOf('usecase-0001')).toBe('not-started');
    await loadGovernanceStatuses();
    expect(governanceStatusOf('usecase-0001')).toBe('blocking-findings');
    expect(governanceReviewOf('usecase-0001')).toBe('review-0001');
    expect(governanceStatusOf('usecase-9999')).toBe('not-started');
    expect(governanceReviewOf('usecase-9999')).toBeNull();
  });

  it('lets a high-risk use case go live only after an approving sign-off', async () => {
    const database = useFreshDb();
    const signOff = {
      reviewerName: 'Astrid Hagen',
      reviewerRole: 'AI ethics reviewer',
      decision: 'approve' as const,
      conditions: '',
      date: '2026-11-24',
    };
    await database.reviews.put(makeReview({ status: 'signed-off', signOff }));
    await loadGovernanceStatuses();
    expect(governanceStatusOf('usecase-0001')).toBe('approved');
    expect(statusChangeBlock('high', 'in-production', governanceStatusOf('usecase-0001'))).toBeNull();
    await database.reviews.put(makeReview({ status: 'signed-off', signOff: { ...signOff, decision: 'reject' } }));
    await loadGovernanceStatuses();
    expect(statusChangeBlock('high', 'in-production', governanceStatusOf('usecase-0001'))).toMatch(/“rejected”/);
  });
});
