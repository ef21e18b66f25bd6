import { atom } from 'nanostores';
import { listAllReviewAnswers, listReviews } from '../../db/reviews';
import { governanceByUseCase, type UseCaseGovernance } from '../../lib/governance/rollup';
import type { GovernanceStatus } from '../../lib/governance/status';

/**
 * The governance status of every use case, rolled up from the stored reviews (see
 * src/lib/governance/status.ts for the rule). Pages that show it call `loadGovernanceStatuses()`
 * once and re-render from `$governanceStatuses`.
 */
export const $governanceStatuses = atom<Record<string, UseCaseGovernance>>({});
export const $governanceStatusesLoaded = atom(false);

export async function loadGovernanceStatuses(): Promise<void> {
  try {
    const [reviews, answers] = await Promise.all([listReviews(), listAllReviewAnswers()]);
    $governanceStatuses.set(Object.fromEntries(governanceByUseCase(reviews, answers)));
  } catch {
    // Without storage every use case reads "not started", which is what the backlog can honestly say.
    $governanceStatuses.set({});
  }
  $governanceStatusesLoaded.set(true);
}

export function statusOf(useCaseId: string): GovernanceStatus {
  return $governanceStatuses.get()[useCaseId]?.status ?? 'not-started';
}

/** The review that decides a use case's status, for a link next to it; null when there is none. */
export function reviewIdOf(useCaseId: string): string | null {
  return $governanceStatuses.get()[useCaseId]?.reviewId ?? null;
}
