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
  /** Tie-break position, as in rank.ts. */
  order: number;
  blocked: boolean;
  belowFloor?: boolean;
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
  return criterionIds.flatMap((id) =>
    [1 - STABILITY_STEP, 1 + STABILITY_STEP].map((factor) => ({ ...weights, [id]: weights[id] * factor })),
  );
}

export function stabilityRanges(items: readonly StabilityInput[], weights: Weights): Map<string, RankRange> {
  // Ranking eleven times is the costly part of a long backlog: the use cases are turned into
  // rankables once, and only their scores change from one variation to the next.
  const rankables: Rankable[] = items.map((item) => ({
    id: item.id,
    order: item.order,
    blocked: item.blocked,
    belowFloor: item.belowFloor ?? false,
    key: null,
    completeness: item.completeness,
    businessValue: item.businessValue,
  }));
  const best = new Float64Array(items.length).fill(Number.POSITIVE_INFINITY);
  const worst = new Float64Array(items.length);
  const positions = Array.from({ length: items.length }, (_, index) => index);
  for (const variant of [weights, ...weightVariations(weights)]) {
    items.forEach((item, index) => {
      (rankables[index] as Rankable).key = scoreOf(item.values, variant);
    });
    positions.sort((a, b) => compareRankables(rankables[a] as Rankable, rankables[b] as Rankable));
    positions.forEach((index, position) => {
      const rank = position + 1;
      if (rank < (best[index] ?? Infinity)) best[index] = rank;
      if (rank > (worst[index] ?? 0)) worst[index] = rank;
    });
  }
  const ranges = new Map<string, RankRange>();
  items.forEach((item, index) => ranges.set(item.id, { best: best[index] ?? 0, worst: worst[index] ?? 0 }));
  return ranges;
}
