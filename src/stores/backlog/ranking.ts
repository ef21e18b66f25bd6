import { atom, computed } from 'nanostores';
import { evaluateBacklog, type Evaluation } from '../../lib/backlog/evaluate';
import { $criteria, $profileId, $ratings, $useCases } from './backlog';
import { $activeProfile } from './activeProfile';

/** Every active use case's scores, ranks and stability under the chosen profile. */
export const $evaluation = computed([$useCases, $ratings, $criteria, $activeProfile], (useCases, ratings, criteria, profile) =>
  evaluateBacklog(useCases, ratings, criteria, profile.weights, profile.valueFloor),
);

export interface Baseline {
  /** What the ranking is compared with, as it reads after "Rank change": e.g. "under “Equal weights”". */
  label: string;
  kind: 'profile' | 'rating';
  /** For a rating change, the use case whose rating changed. */
  useCaseId: string | null;
  profileId: string;
  evaluation: Map<string, Evaluation>;
}

/** The ranking before the latest change of profile, weights or rating, to show what moved and why. */
export const $baseline = atom<Baseline | null>(null);

export function captureBaseline(reason: Pick<Baseline, 'kind' | 'label' | 'useCaseId'>): void {
  const current = $baseline.get();
  // Several ratings of the same use case in a row are one change: keep the state before the first.
  if (reason.kind === 'rating' && current?.kind === 'rating' && current.useCaseId === reason.useCaseId) return;
  $baseline.set({ ...reason, profileId: $profileId.get(), evaluation: $evaluation.get() });
}

export function clearBaseline(): void {
  $baseline.set(null);
}
