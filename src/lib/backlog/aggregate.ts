/**
 * How several raters' scores become one value per criterion.
 *
 * - Each rater rates each criterion from 1 to 5 against its anchored descriptions; a criterion a
 *   rater has not rated is simply absent from that rater's scores.
 * - Per criterion the backlog uses the **median** of the raters' scores (with an even number of
 *   raters, the midpoint of the two middle scores), so one outlier cannot drag the result.
 * - The **spread** is the highest score minus the lowest. A spread of 2 points or more is flagged
 *   as a disagreement to discuss: the median hides it, the flag does not.
 */
import { criterionIds, type CriterionId } from '../../schemas/enums';

/** A spread of this many points or more is flagged for discussion. */
export const DISAGREEMENT_SPREAD = 2;

/** One value per criterion; a criterion nobody rated is absent. */
export type CriterionValues = { [K in CriterionId]?: number | undefined };

export interface RaterScores {
  scores: CriterionValues;
}

interface CriterionStat {
  criterionId: CriterionId;
  /** How many raters rated this criterion. */
  raters: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min, or null when nobody rated the criterion. */
  spread: number | null;
  disagreement: boolean;
}

export interface UseCaseAggregate {
  /** Raters of the use case, whether or not they rated every criterion. */
  raters: number;
  stats: CriterionStat[];
  medians: CriterionValues;
  /** Criteria flagged for discussion (spread of 2 or more). */
  disagreements: CriterionId[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function criterionStat(criterionId: CriterionId, ratings: readonly RaterScores[]): CriterionStat {
  const values: number[] = [];
  for (const rating of ratings) {
    const value = rating.scores[criterionId];
    if (value !== undefined) values.push(value);
  }
  if (values.length === 0)
    return { criterionId, raters: 0, median: null, min: null, max: null, spread: null, disagreement: false };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const spread = max - min;
  return {
    criterionId,
    raters: values.length,
    median: median(values),
    min,
    max,
    spread,
    disagreement: spread >= DISAGREEMENT_SPREAD,
  };
}

export function aggregateRatings(ratings: readonly RaterScores[]): UseCaseAggregate {
  const stats = criterionIds.map((id) => criterionStat(id, ratings));
  const medians: CriterionValues = {};
  for (const stat of stats) if (stat.median !== null) medians[stat.criterionId] = stat.median;
  return {
    raters: ratings.length,
    stats,
    medians,
    disagreements: stats.filter((stat) => stat.disagreement).map((stat) => stat.criterionId),
  };
}

/** Ratings by use case, in one pass. */
export function groupByUseCase<T extends { useCaseId: string }>(ratings: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const rating of ratings) {
    const list = grouped.get(rating.useCaseId);
    if (list) list.push(rating);
    else grouped.set(rating.useCaseId, [rating]);
  }
  return grouped;
}

/** Aggregates every use case's ratings; grouping first keeps a 10,000-row backlog linear. */
export function aggregateByUseCase<T extends RaterScores & { useCaseId: string }>(
  ratings: readonly T[],
): Map<string, UseCaseAggregate> {
  const grouped = groupByUseCase(ratings);
  const result = new Map<string, UseCaseAggregate>();
  for (const [id, list] of grouped) result.set(id, aggregateRatings(list));
  return result;
}
