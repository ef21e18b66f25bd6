import { atom } from 'nanostores';
import type { UseCase } from '../../schemas/backlog';
import type { ChecklistTemplate } from '../../schemas/checklistTemplate';
import type { Review, ReviewAnswer } from '../../schemas/governance';
import { liveFeed } from '../save/live';
import { listAllReviewAnswers, listReviews } from '../../db/reviews';
import { listUseCases } from '../../db/useCaseReads';
import { summariseReview } from '../../lib/governance/reviewState';

export type { StartDraft, StartProblem } from '../../lib/governance/startCheck';

/** A checklist a review can be started with: a built-in one (content) or one the organisation imported. */
export interface TemplateChoice {
  key: string;
  source: 'built-in' | 'imported';
  template: ChecklistTemplate;
}

export interface ReviewRow {
  /** The latest revision; earlier ones are reached from the review page. */
  review: Review;
  revisions: number;
  subject: string;
  /** A use-case review whose use case is no longer in the backlog. */
  subjectMissing: boolean;
  summary: ReturnType<typeof summariseReview>;
}

export const $reviewRows = atom<ReviewRow[] | null>(null);
export const $useCaseOptions = atom<UseCase[]>([]);
export const $governanceListError = atom<string | null>(null);

const feed = liveFeed(
  [$reviewRows, $useCaseOptions],
  async () => {
    const [reviews, answers, useCases] = await Promise.all([listReviews(), listAllReviewAnswers(), listUseCases()]);
    return { reviews, answers, useCases };
  },
  showRows,
  (message) => {
    $governanceListError.set(message);
    $reviewRows.set([]);
  },
);

/** Reads the reviews and keeps the list live (a review started or signed off in another tab shows). */
export async function loadReviewRows(): Promise<void> {
  await feed.reload();
}

function showRows({ reviews, answers, useCases }: { reviews: Review[]; answers: ReviewAnswer[]; useCases: UseCase[] }): void {
  const useCaseById = new Map(useCases.map((useCase) => [useCase.id, useCase]));
  const latest = new Map<string, Review>();
  const counts = new Map<string, number>();
  for (const review of reviews) {
    counts.set(review.lineageId, (counts.get(review.lineageId) ?? 0) + 1);
    const seen = latest.get(review.lineageId);
    if (!seen || review.revision > seen.revision) latest.set(review.lineageId, review);
  }
  const rows = [...latest.values()].map((review): ReviewRow => {
    const useCase = review.subject.kind === 'use-case' ? useCaseById.get(review.subject.useCaseId) : undefined;
    const subject =
      review.subject.kind === 'model'
        ? review.subject.name
        : (useCase?.title ?? review.useCaseSnapshot?.title ?? 'Unknown use case');
    return {
      review,
      revisions: counts.get(review.lineageId) ?? 1,
      subject,
      subjectMissing: review.subject.kind === 'use-case' && !useCase,
      summary: summariseReview(
        review,
        answers.filter((answer) => answer.reviewId === review.id),
      ),
    };
  });
  $reviewRows.set(rows.sort((a, b) => b.review.updatedAt.localeCompare(a.review.updatedAt)));
  $useCaseOptions.set(useCases.filter((useCase) => !useCase.archived).sort((a, b) => a.title.localeCompare(b.title)));
  $governanceListError.set(null);
}
