/**
 * How a use case's weighted score is computed (the "How is this ranked?" section says the same).
 *
 * - **Inversion.** Cost and time to market are rated so that 1 is cheapest or fastest. Before
 *   weighting, an inverted criterion's median counts as 6 − median, so a cost of 1 counts as 5
 *   and a cost of 5 counts as 1. After this step a higher value is always better.
 * - **Weighted score, 0 to 100.** Over the criteria that have at least one rating:
 *   score = (Σ weight × value − Σ weight) ÷ (4 × Σ weight) × 100.
 *   All criteria at 1 give 0, all at 5 give 100. Each criterion adds
 *   weight ÷ Σ weight × (value − 1) ÷ 4 × 100 points; that is the breakdown the detail view shows.
 * - **Unrated criteria** are left out of both sums rather than counted as a low rating. They
 *   lower the **completeness** instead: the share of the profile's total weight that rests on
 *   rated criteria. A use case with no rated (weighted) criterion has no score.
 * - **Knock-out.** A data-availability median of 1 ("no usable data") marks the use case
 *   "blocked: no usable data", whatever its score; blocked use cases rank after all others.
 */
import { criterionIds, type CriterionId } from '../../schemas/enums';
import type { CriterionValues } from './aggregate';

export type Weights = Record<CriterionId, number>;

/** Whether a low rating is the better one; only this is needed from the criteria content. */
export interface CriterionDirection {
  id: CriterionId;
  inverted: boolean;
}

const KNOCK_OUT_CRITERION: CriterionId = 'data-availability';
const KNOCK_OUT_MEDIAN = 1;

export interface Contribution {
  criterionId: CriterionId;
  weight: number;
  median: number | null;
  /** The median after inversion (1-5, higher is better), or null when unrated. */
  value: number | null;
  /** Points this criterion adds to the 0-100 score; null when unrated. */
  points: number | null;
}

export interface WeightedScore {
  /** 0-100, or null when no weighted criterion is rated. */
  score: number | null;
  /** Share of the profile's weight on rated criteria, 0-1. */
  completeness: number;
  contributions: Contribution[];
}

/** The set of inverted criteria, from the content. */
export function invertedSet(criteria: readonly CriterionDirection[]): ReadonlySet<CriterionId> {
  return new Set(criteria.filter((criterion) => criterion.inverted).map((criterion) => criterion.id));
}

/** A median on the 1-5 scale turned so that higher is better. */
export function orientedValue(median: number, inverted: boolean): number {
  return inverted ? 6 - median : median;
}

/** The oriented values of every rated criterion: computed once, reused for every weight profile. */
export function orientedValues(medians: CriterionValues, inverted: ReadonlySet<CriterionId>): CriterionValues {
  const values: CriterionValues = {};
  for (const id of criterionIds) {
    const median = medians[id];
    if (median !== undefined) values[id] = orientedValue(median, inverted.has(id));
  }
  return values;
}

/** The score alone, for ranking many use cases quickly (same formula as `weightedScore`). */
export function scoreOf(values: CriterionValues, weights: Weights): number | null {
  let weighted = 0;
  let total = 0;
  for (const id of criterionIds) {
    const value = values[id];
    const weight = weights[id];
    if (value === undefined || weight <= 0) continue;
    weighted += weight * value;
    total += weight;
  }
  return total === 0 ? null : ((weighted - total) / (4 * total)) * 100;
}

export function weightedScore(medians: CriterionValues, weights: Weights, inverted: ReadonlySet<CriterionId>): WeightedScore {
  const values = orientedValues(medians, inverted);
  let ratedWeight = 0;
  let allWeight = 0;
  for (const id of criterionIds) {
    allWeight += Math.max(0, weights[id]);
    if (values[id] !== undefined) ratedWeight += Math.max(0, weights[id]);
  }
  const contributions = criterionIds.map((criterionId): Contribution => {
    const value = values[criterionId] ?? null;
    const weight = weights[criterionId];
    const points = value === null ? null : ratedWeight === 0 ? 0 : ((Math.max(0, weight) / ratedWeight) * (value - 1) * 100) / 4;
    return { criterionId, weight, median: medians[criterionId] ?? null, value, points };
  });
  return {
    score: scoreOf(values, weights),
    completeness: allWeight === 0 ? 0 : ratedWeight / allWeight,
    contributions,
  };
}

/** True when the data-availability median is 1: "blocked: no usable data". */
export function isBlocked(medians: CriterionValues): boolean {
  const value = medians[KNOCK_OUT_CRITERION];
  return value !== undefined && value <= KNOCK_OUT_MEDIAN;
}
