import type { Review, ReviewAnswer } from '../../schemas/governance';
import { summariseReview } from './reviewState';
import { governanceStatus, type GovernanceStatus } from './status';

export interface UseCaseGovernance {
  status: GovernanceStatus;
  /** The review to link to: the one that decides the status (see below), or null when none exists. */
  reviewId: string | null;
}

/**
 * The governance status of every use case that has a review, from the reviews and their answers.
 * The linked review is the current revision that decides the status: an open review with blocking
 * findings first, then any open review, then the most recently signed-off one.
 */
export function governanceByUseCase(
  reviews: readonly Review[],
  answers: readonly ReviewAnswer[],
): Map<string, UseCaseGovernance> {
  const answersByReview = new Map<string, ReviewAnswer[]>();
  for (const answer of answers) {
    const list = answersByReview.get(answer.reviewId) ?? [];
    list.push(answer);
    answersByReview.set(answer.reviewId, list);
  }
  const byUseCase = new Map<string, { review: Review; summary: ReturnType<typeof summariseReview> }[]>();
  for (const review of reviews) {
    if (review.subject.kind !== 'use-case') continue;
    const list = byUseCase.get(review.subject.useCaseId) ?? [];
    list.push({ review, summary: summariseReview(review, answersByReview.get(review.id) ?? []) });
    byUseCase.set(review.subject.useCaseId, list);
  }
  const result = new Map<string, UseCaseGovernance>();
  for (const [useCaseId, list] of byUseCase) {
    const current = list.filter(({ review }) => review.status !== 'superseded');
    const rank = ({ review, summary }: (typeof list)[number]) =>
      review.status === 'in-review' ? (summary.blockingFindings > 0 ? 0 : 1) : 2;
    const lead = [...current].sort((a, b) => rank(a) - rank(b) || b.review.updatedAt.localeCompare(a.review.updatedAt))[0];
    result.set(useCaseId, { status: governanceStatus(list.map(({ summary }) => summary)), reviewId: lead?.review.id ?? null });
  }
  return result;
}
