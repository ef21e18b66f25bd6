import { atom } from 'nanostores';
import { listAllReviewAnswers, listReviews } from '../../db/reviews';
import { liveFeed } from '../save/live';
import type { UseCaseGovernance } from '../../lib/governance/rollup';
import type { GovernanceStatus } from '../../lib/governance/status';

/**
 * The governance status of every use case, rolled up from the stored reviews (see
 * src/lib/governance/status.ts for the rule). Pages that show it call `loadGovernanceStatuses()`
 * once and re-render from `$governanceStatuses`.
 */
export const $governanceStatuses = atom<Record<string, UseCaseGovernance>>({});
export const $governanceStatusesLoaded = atom(false);

const feed = liveFeed(
  [$governanceStatuses],
  async () => {
    // The roll-up's rules load with the first read, so a page that shows statuses opens without them.
    // Both reads start before anything is awaited, so the live query still watches both tables.
    const [reviews, answers, { governanceByUseCase }] = await Promise.all([
      listReviews(),
      listAllReviewAnswers(),
      import('../../lib/governance/rollup'),
    ]);
    return governanceByUseCase(reviews, answers);
  },
  (statuses) => {
    $governanceStatuses.set(Object.fromEntries(statuses));
    $governanceStatusesLoaded.set(true);
  },
  () => {
    // Without storage every use case reads "not started", which is what the backlog can honestly say.
    $governanceStatuses.set({});
    $governanceStatusesLoaded.set(true);
  },
);

/** Reads the statuses and keeps them live while a page shows them (a sign-off in another tab shows). */
export async function loadGovernanceStatuses(): Promise<void> {
  await feed.reload();
}

export function statusOf(useCaseId: string): GovernanceStatus {
  return $governanceStatuses.get()[useCaseId]?.status ?? 'not-started';
}

/** The review that decides a use case's status, for a link next to it; null when there is none. */
export function reviewIdOf(useCaseId: string): string | null {
  return $governanceStatuses.get()[useCaseId]?.reviewId ?? null;
}
