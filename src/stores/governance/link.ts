import type { GovernanceStatus } from '../../lib/governance/status';
import { $governanceStatuses, $governanceStatusesLoaded, loadGovernanceStatuses, reviewIdOf, statusOf } from './statuses';

/**
 * The governance status of a use case, as the backlog shows it and as the status-change check
 * uses it, rolled up from the use case's reviews (see src/lib/governance/status.ts).
 *
 * `governanceStatusOf` is synchronous: it reads `$governanceStatuses`, which
 * `loadGovernanceStatuses()` fills from storage. A view that shows the status subscribes to
 * `$governanceStatuses` (useStore) so it re-renders once the reviews are read; until then every
 * use case reads "not started". In the browser the first load starts as soon as this module is
 * imported; call `loadGovernanceStatuses()` again after anything that may change a review.
 */
export { $governanceStatuses, $governanceStatusesLoaded, loadGovernanceStatuses };

export function governanceStatusOf(useCaseId: string): GovernanceStatus {
  return statusOf(useCaseId);
}

/** The id of the review that decides the use case's status (for a link to it), or null without one. */
export function governanceReviewOf(useCaseId: string): string | null {
  return reviewIdOf(useCaseId);
}

if (typeof window !== 'undefined' && typeof indexedDB !== 'undefined' && !$governanceStatusesLoaded.get())
  void loadGovernanceStatuses();
