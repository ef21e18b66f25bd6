import { computed } from 'nanostores';
import { reviewCoverage } from '../../lib/governance/coverage';
import { $reviewAnswers, $split } from './review';

/**
 * The revision's coverage by each reference framework. Apart from review.ts because only the
 * review's record (loaded after the checklist) shows it, with the frameworks' label lists.
 */
export const $coverage = computed([$split, $reviewAnswers], (split, answers) =>
  reviewCoverage(split.applicable, Object.values(answers)),
);
