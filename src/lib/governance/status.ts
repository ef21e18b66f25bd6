import type { Decision, GovernanceStatus, ReviewStatus, RiskTier } from '../../schemas/enums';

export type { GovernanceStatus };
/**
 * The governance status a use case shows in the backlog, rolled up from its reviews.
 *
 * Only the current revision of each review counts (superseded revisions are history). With no
 * review the status is "not started". An open review with a blocker item marked "not met" shows
 * "blocking findings"; any other open review shows "in review". When every review is signed off,
 * the most cautious decision wins: reject, then approve with conditions, then approve.
 */
export const governanceStatusLabels: Record<GovernanceStatus, string> = {
  'not-started': 'Not started',
  'in-review': 'In review',
  'blocking-findings': 'Blocking findings',
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  rejected: 'Rejected',
};

export interface ReviewSummary {
  status: ReviewStatus;
  decision: Decision | null;
  blockingFindings: number;
}

export function governanceStatus(reviews: readonly ReviewSummary[]): GovernanceStatus {
  const current = reviews.filter((review) => review.status !== 'superseded');
  if (current.length === 0) return 'not-started';
  const open = current.filter((review) => review.status === 'in-review');
  if (open.some((review) => review.blockingFindings > 0)) return 'blocking-findings';
  if (open.length > 0) return 'in-review';
  if (current.some((review) => review.decision === 'reject')) return 'rejected';
  if (current.some((review) => review.decision === 'approve-with-conditions')) return 'approved-with-conditions';
  return 'approved';
}

const gatedStatuses = new Set(['approved', 'in-production']);

const buildingStatuses = new Set(['approved', 'in-progress', 'in-production']);

/**
 * Why a use case may not move to `nextStatus`, or null when it may. A high-risk use case needs an
 * approving sign-off (approve, or approve with conditions) before it is approved or goes live. A
 * use case whose risk screening found a possible prohibited practice may not be approved, built
 * or put in production at all, whatever its reviews say, until a new screening clears it.
 */
export function statusChangeBlock(
  riskTier: RiskTier,
  nextStatus: string,
  status: GovernanceStatus,
  prohibited = false,
): string | null {
  if (prohibited && buildingStatuses.has(nextStatus)) {
    return 'The risk screening found a possible practice the EU AI Act prohibits: this use case cannot be approved, built or put in production until a legal review rules it out and the risk tier is screened again.';
  }
  if (riskTier !== 'high' || !gatedStatuses.has(nextStatus)) return null;
  if (status === 'approved' || status === 'approved-with-conditions') return null;
  const current = governanceStatusLabels[status].toLowerCase();
  return `This use case is high risk: it can only be approved or put in production after a governance review has been signed off with an approving decision (its governance status is “${current}”).`;
}
