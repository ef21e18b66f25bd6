import type { SampleReviewStory } from './sampleGovernanceData';
import { chatEthicsReview, expensesDataReview } from './sampleEthicsReviews';
import { customsValidationReview, etaReadinessReview, reeferModelReview } from './sampleReleaseReviews';
import { manualsSearchReview } from './sampleGenerativeReviews';

/** The sample reviews in this order: when a use case is missing, an earlier story picks its stand-in first. */
export const sampleReviewStories: readonly SampleReviewStory[] = [
  etaReadinessReview,
  chatEthicsReview,
  customsValidationReview,
  expensesDataReview,
  reeferModelReview,
  manualsSearchReview,
];
