import type { Review } from '../../schemas/governance';
import { decisionLabels, severityLabels } from '../../lib/governance/labels';
import type { Severity } from '../../schemas/enums';

/** Severity as a badge; the word is always there, colour only supports it. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span class={`badge severity-${severity}`}>{severityLabels[severity]}</span>;
}

/** Where one revision stands: in review, or its decision (and whether a later revision replaced it). */
export function revisionStatusText(review: Pick<Review, 'status' | 'signOff'>): string {
  if (review.status === 'in-review') return 'In review';
  const decision = review.signOff ? decisionLabels[review.signOff.decision] : 'Signed off';
  return review.status === 'superseded' ? `Superseded (was: ${decision.toLowerCase()})` : `Signed off: ${decision.toLowerCase()}`;
}

export function RevisionStatusBadge({ review, blocking }: { review: Pick<Review, 'status' | 'signOff'>; blocking: number }) {
  const kind =
    review.status === 'in-review'
      ? blocking > 0
        ? 'blocking-findings'
        : 'in-review'
      : review.status === 'superseded'
        ? 'superseded'
        : review.signOff?.decision === 'reject'
          ? 'rejected'
          : review.signOff?.decision === 'approve-with-conditions'
            ? 'approved-with-conditions'
            : 'approved';
  const text = review.status === 'in-review' && blocking > 0 ? 'In review, blocking findings' : revisionStatusText(review);
  return <span class={`badge gov-${kind}`}>{text}</span>;
}
