/**
 * Puts the backlog methods together: for every active (not archived) use case, the medians and
 * spreads, the weighted score and its breakdown, the knock-out, the rank by weighted score, the
 * WSJF figure and rank, the value-vs-effort placing and the rank stability range. Archived use
 * cases are left out of the ranking altogether.
 */
import type { CriterionId } from '../../schemas/enums';
import { aggregateRatings, groupByUseCase, type RaterScores, type UseCaseAggregate } from './aggregate';
import { valueEffortOf, wsjfOf, type ValueEffort } from './methods';
import { rankPositions, titleOrder, type Rankable } from './rank';
import {
  invertedSet,
  isBlocked,
  orientedValues,
  weightedScore,
  type CriterionDirection,
  type WeightedScore,
  type Weights,
} from './score';
import { stabilityRanges, type RankRange } from './stability';

interface EvaluableUseCase {
  id: string;
  title: string;
  archived: boolean;
}

export interface Evaluation {
  id: string;
  aggregate: UseCaseAggregate;
  weighted: WeightedScore;
  blocked: boolean;
  /** The business-value median is below the profile's value floor (or not rated) while a floor is set. */
  belowValueFloor: boolean;
  rank: number;
  wsjf: number | null;
  wsjfRank: number;
  valueEffort: ValueEffort | null;
  stability: RankRange;
}

const noRatings = aggregateRatings([]);

export function evaluateBacklog(
  useCases: readonly EvaluableUseCase[],
  ratings: readonly (RaterScores & { useCaseId: string })[],
  criteria: readonly CriterionDirection[],
  weights: Weights,
  /**
   * Lowest business-value median a use case needs to rank with the others, or null. A use case
   * below it, or whose business value nobody rated, ranks after all that meet it (still before
   * blocked ones), whatever its score: a quick win has to be worth winning.
   */
  valueFloor: number | null = null,
): Map<string, Evaluation> {
  const inverted: ReadonlySet<CriterionId> = invertedSet(criteria);
  // Only the ratings of active use cases are aggregated: archived ones are not ranked.
  const grouped = groupByUseCase(ratings);
  const active = useCases.filter((useCase) => !useCase.archived);
  const parts = active.map((useCase) => {
    const own = grouped.get(useCase.id);
    const aggregate = own ? aggregateRatings(own) : noRatings;
    const weighted = weightedScore(aggregate.medians, weights, inverted);
    const blocked = isBlocked(aggregate.medians);
    const businessValue = aggregate.medians['business-value'] ?? null;
    const belowFloor = valueFloor !== null && (businessValue === null || businessValue < valueFloor);
    return { useCase, aggregate, weighted, blocked, belowFloor, businessValue, wsjf: wsjfOf(aggregate.medians) };
  });
  const order = titleOrder(active);
  const base = (part: (typeof parts)[number], key: number | null): Rankable => ({
    id: part.useCase.id,
    order: order.get(part.useCase.id) ?? 0,
    blocked: part.blocked,
    belowFloor: part.belowFloor,
    key,
    completeness: part.weighted.completeness,
    businessValue: part.businessValue,
  });
  const ranks = rankPositions(parts.map((part) => base(part, part.weighted.score)));
  // WSJF has no notion of completeness: it either has its four inputs or it has no figure.
  // Nor of the profile's value floor: WSJF ignores the profile altogether.
  const wsjfRanks = rankPositions(parts.map((part) => ({ ...base(part, part.wsjf), completeness: 1, belowFloor: false })));
  const ranges = stabilityRanges(
    parts.map((part) => ({
      id: part.useCase.id,
      order: order.get(part.useCase.id) ?? 0,
      blocked: part.blocked,
      belowFloor: part.belowFloor,
      values: orientedValues(part.aggregate.medians, inverted),
      completeness: part.weighted.completeness,
      businessValue: part.businessValue,
    })),
    weights,
  );
  const result = new Map<string, Evaluation>();
  for (const part of parts) {
    const id = part.useCase.id;
    const rank = ranks.get(id) ?? 0;
    result.set(id, {
      id,
      aggregate: part.aggregate,
      weighted: part.weighted,
      blocked: part.blocked,
      belowValueFloor: part.belowFloor,
      rank,
      wsjf: part.wsjf,
      wsjfRank: wsjfRanks.get(id) ?? 0,
      valueEffort: valueEffortOf(part.aggregate.medians),
      stability: ranges.get(id) ?? { best: rank, worst: rank },
    });
  }
  return result;
}
