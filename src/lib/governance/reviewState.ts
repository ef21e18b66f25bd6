import type { ChecklistItem } from '../../schemas/checklistTemplate';
import type { ItemStatus } from '../../schemas/enums';
import type { Review, ReviewAnswer } from '../../schemas/governance';
import { splitByApplicability } from './applicability';
import type { ReviewSummary } from './status';

type Answers = readonly Pick<ReviewAnswer, 'itemId' | 'status'>[];

/**
 * How far a review has got.
 *
 * `applicable` counts the items whose conditions hold for the subject; items left out by their
 * conditions are not part of the review. An applicable item counts as answered once it has any
 * status, "not applicable" (with its justification) included.
 */
export interface ReviewProgress {
  answered: number;
  applicable: number;
  counts: Record<ItemStatus, number>;
  /** Applicable items with no status yet, in template order. */
  open: ChecklistItem[];
}

export function reviewProgress(items: readonly ChecklistItem[], answers: Answers): ReviewProgress {
  const byItem = statusByItem(answers);
  const counts: Record<ItemStatus, number> = { met: 0, 'partially-met': 0, 'not-met': 0, 'not-applicable': 0 };
  const open: ChecklistItem[] = [];
  for (const item of items) {
    const status = byItem.get(item.id);
    if (status) counts[status] += 1;
    else open.push(item);
  }
  return { answered: items.length - open.length, applicable: items.length, counts, open };
}

/**
 * A finding is an applicable item answered "not met" or "partially met". A finding on a blocker
 * item is a blocking finding: "partially met" counts too, because a duty that must hold before
 * release is not discharged by half.
 */
export interface Finding {
  item: ChecklistItem;
  status: 'not-met' | 'partially-met';
}

const severityOrder = { blocker: 0, major: 1, minor: 2 } as const;

/** All findings, most severe first, then in template order. */
export function findings(items: readonly ChecklistItem[], answers: Answers): Finding[] {
  const byItem = statusByItem(answers);
  const found: Finding[] = [];
  for (const item of items) {
    const status = byItem.get(item.id);
    if (status === 'not-met' || status === 'partially-met') found.push({ item, status });
  }
  // Array.prototype.sort is stable, so template order survives within a severity.
  return found.sort((a, b) => severityOrder[a.item.severity] - severityOrder[b.item.severity]);
}

export function blockingFindings(items: readonly ChecklistItem[], answers: Answers): Finding[] {
  return findings(items, answers).filter((finding) => finding.item.severity === 'blocker');
}

/** The figures the list and the backlog need about one revision. */
export function summariseReview(
  review: Pick<Review, 'status' | 'signOff' | 'template' | 'useCaseSnapshot'>,
  answers: Answers,
): ReviewSummary & { progress: ReviewProgress } {
  const { applicable } = splitByApplicability(review.template.items, review.useCaseSnapshot);
  return {
    status: review.status,
    decision: review.signOff?.decision ?? null,
    blockingFindings: blockingFindings(applicable, answers).length,
    progress: reviewProgress(applicable, answers),
  };
}

function statusByItem(answers: Answers): Map<string, ItemStatus> {
  const map = new Map<string, ItemStatus>();
  for (const answer of answers) if (answer.status !== null) map.set(answer.itemId, answer.status);
  return map;
}
