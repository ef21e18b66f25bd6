import { beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../src/lib/governance/auditChain';
import { replayMatches } from '../../../src/lib/governance/replay';
import { governanceByUseCase } from '../../../src/lib/governance/rollup';
import { summariseReview } from '../../../src/lib/governance/reviewState';
import { buildSampleBacklog } from '../../../src/lib/sample/sampleBacklog';
import { buildSampleGovernance, type SampleGovernance, type SampleUseCaseRef } from '../../../src/lib/sample/sampleGovernance';
import type { ChecklistTemplate } from '../../../src/schemas/checklistTemplate';
import { auditEntrySchema, reviewAnswerSchema, reviewSchema } from '../../../src/schemas/governance';
import { loadChecklists } from '../helpers/loadChecklists';

const now = new Date('2026-11-20T09:00:00Z');
let templates: ChecklistTemplate[];
let useCases: SampleUseCaseRef[];
let sample: SampleGovernance;

beforeAll(async () => {
  templates = loadChecklists();
  useCases = buildSampleBacklog().useCases;
  sample = await buildSampleGovernance(useCases, templates, now);
});

async function expectIntact(governance: SampleGovernance): Promise<void> {
  const lineages = new Set(governance.reviews.map((review) => review.lineageId));
  for (const lineageId of lineages) {
    const log = governance.auditLog.filter((entry) => entry.lineageId === lineageId).sort((a, b) => a.seq - b.seq);
    await expect(verifyChain(log), lineageId).resolves.toEqual({ intact: true });
    const latest = governance.reviews
      .filter((review) => review.lineageId === lineageId)
      .sort((a, b) => b.revision - a.revision)[0]!;
    expect(
      replayMatches(
        log,
        latest,
        governance.reviewAnswers.filter((answer) => answer.reviewId === latest.id),
      ),
      lineageId,
    ).toEqual({ matches: true });
  }
}

describe('the sample governance reviews', () => {
  it('are valid records', () => {
    sample.reviews.forEach((review) => expect(reviewSchema.safeParse(review).success, review.id).toBe(true));
    sample.reviewAnswers.forEach((answer) => expect(reviewAnswerSchema.safeParse(answer).success, answer.itemId).toBe(true));
    sample.auditLog.forEach((entry) => expect(auditEntrySchema.safeParse(entry).success, entry.id).toBe(true));
    const ids = [...sample.reviews.map((r) => r.id), ...sample.auditLog.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const review of sample.reviews) {
      const evidence = sample.reviewAnswers
        .filter((a) => a.reviewId === review.id)
        .flatMap((a) => a.evidence.map((link) => link.id));
      expect(new Set(evidence).size, review.id).toBe(evidence.length);
    }
  });

  it('have histories that verify intact and agree with the stored answers', async () => {
    await expectIntact(sample);
  });

  it('show every state: approved with conditions, blocking findings, reopened, rejected and a named model', () => {
    const statuses = Object.fromEntries(governanceByUseCase(sample.reviews, sample.reviewAnswers));
    expect(Object.fromEntries(Object.entries(statuses).map(([id, value]) => [id, value.status]))).toEqual({
      'sample-usecase-01': 'approved-with-conditions',
      'sample-usecase-05': 'blocking-findings',
      'sample-usecase-03': 'in-review',
      'sample-usecase-24': 'rejected',
      'sample-usecase-11': 'blocking-findings',
    });
    expect(sample.reviews.filter((review) => review.subject.kind === 'model').map((review) => review.subject)).toEqual([
      { kind: 'model', name: 'Reefer failure model v2' },
    ]);
  });

  it('has one complete review signed off with conditions', () => {
    const review = sample.reviews.find((r) => r.signOff?.decision === 'approve-with-conditions')!;
    const summary = summariseReview(
      review,
      sample.reviewAnswers.filter((a) => a.reviewId === review.id),
    );
    expect(summary.progress.answered).toBe(summary.progress.applicable);
    expect(review.signOff?.conditions).toMatch(/fault-injection/);
  });

  // Fairness metrics across subgroups block a high-risk release, so the partial answer counts too.
  it('puts the blocking findings on a high-risk use case', () => {
    const review = sample.reviews.find((r) => r.subject.kind === 'use-case' && r.subject.useCaseId === 'sample-usecase-05')!;
    expect(review.useCaseSnapshot?.riskTier).toBe('high');
    expect(
      summariseReview(
        review,
        sample.reviewAnswers.filter((a) => a.reviewId === review.id),
      ).blockingFindings,
    ).toBe(3);
  });

  it('keeps the superseded revision with its own answers and decision', () => {
    const revisions = sample.reviews
      .filter((r) => r.lineageId === 'sample-lineage-customs-validation')
      .sort((a, b) => a.revision - b.revision);
    expect(revisions.map((r) => [r.revision, r.status, r.signOff?.decision ?? null])).toEqual([
      [1, 'superseded', 'approve'],
      [2, 'in-review', null],
    ]);
    const status = (reviewId: string, itemId: string) =>
      sample.reviewAnswers.find((a) => a.reviewId === reviewId && a.itemId === itemId)?.status;
    expect(status(revisions[0]!.id, 'card-training-and-evaluation-data')).toBe('met');
    expect(status(revisions[1]!.id, 'card-training-and-evaluation-data')).toBe('partially-met');
  });

  it('is the same every time it is built', async () => {
    expect(JSON.stringify(await buildSampleGovernance(useCases, templates, now))).toBe(JSON.stringify(sample));
  });

  it('stands in use cases of the same risk tier, or named models, when the backlog lacks the sample ones', async () => {
    const others: SampleUseCaseRef[] = [
      { id: 'other-usecase-1', title: 'High one', riskTier: 'high', dataClassification: 'personal' },
      { id: 'other-usecase-2', title: 'Medium one', riskTier: 'medium', dataClassification: 'confidential' },
    ];
    const standIn = await buildSampleGovernance(others, templates, now);
    await expectIntact(standIn);
    const subjects = standIn.reviews.map((review) =>
      review.subject.kind === 'use-case' ? review.subject.useCaseId : review.subject.name,
    );
    expect(subjects).toContain('other-usecase-1');
    expect(subjects).toContain('other-usecase-2');
    await expectIntact(await buildSampleGovernance([], templates, now));
  });
});
