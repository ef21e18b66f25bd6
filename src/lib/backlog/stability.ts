/**
 * Rank stability range: how much a use case's rank depends on the exact weights chosen.
 *
 * Each of the five weights in turn is moved 25% down and 25% up while the others stay as they
 * are: ten variations of the profile. The use case is ranked under each; its range is the best
 * and the worst rank it takes across the ten and the profile itself. A narrow range means the
 * position is robust; a wide one means it hangs on how the group sets the weights. A weight of
 * 0 stays 0 (25% of nothing), so a criterion the profile ignores cannot move anything.
 */
import { criterionIds } from '../../schemas/enums';
import type { CriterionValues } from './aggregate';
import { compareRankables, type Rankable } from './rank';
import { scoreOf, type Weights } from './score';

export const STABILITY_STEP = 0.25;

export interface StabilityInput {
  id: string;
  title: string;
  blocked: boolean;
  /** Oriented values (inverted criteria already turned), as used by the weighted score. */
  values: CriterionValues;
  completeness: number;
  businessValue: number | null;
}

export interface RankRange {
  best: number;
  worst: number;
}

/** The ten weight variations: each weight × 0.75 and × 1.25 in turn. */
export function weightVariations(weights: Weights): Weights[] {
  return criterionIds.flatMap((id) => [1 - STABILITY_STEP, 1 + STABILITY_STEP].map((factor) => ({ ...weights, [id]: weights[id] * factor })));
}

export function stabilityRanges(items: readonly StabilityInput[], weights: Weights): Map<string, RankRange> {
  const ranges = new Map<string, RankRange>();
  const rankables: Rankable[] = items.map((item) => ({ ...item, key: null }));
  for (const variant of [weights, ...weightVariations(weights)]) {
    items.forEach((item, index) => {
      const rankable = rankables[index];
      if (rankable) rankable.key = scoreOf(item.values, variant);
    });
    const sorted = [...rankables].sort(compareRankables);
    sorted.forEach((item, index) => {
      const rank = index + 1;
      const range = ranges.get(item.id);
      if (!range) ranges.set(item.id, { best: rank, worst: rank });
      else {
        if (rank < range.best) range.best = rank;
        if (rank > range.worst) range.worst = rank;
      }
    });
  }
  return ranges;
}
