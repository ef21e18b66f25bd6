/**
 * The two other views of priority the backlog shows beside the weighted score. Both use the
 * same medians (cost and time to market as rated, 1 = cheapest or fastest) and ignore the weight
 * profile, so they give a second opinion that does not depend on how the weights were set.
 *
 * **WSJF-style (weighted shortest job first).** Cost of delay ÷ job size, where
 * - user or business value = the business-value median (1-5);
 * - time criticality = 6 − the time-to-market median: a use case that can be live soon starts
 *   paying back soon, so each month of waiting costs it more (1-5);
 * - risk reduction and opportunity enablement = the feasibility median: a proven approach on
 *   today's platform lowers delivery risk and opens the way for similar use cases (1-5);
 * - job size = the cost median (1-5).
 * WSJF = (business value + (6 − time to market) + feasibility) ÷ cost, from 0.6 to 15. It needs
 * all four criteria rated; without them the use case has no WSJF and ranks after those that do.
 * Data availability is not part of the formula, but the knock-out still applies: a blocked use
 * case ranks after every unblocked one here too.
 *
 * **Value vs effort.** Value = the business-value median; effort = the mean of the cost and
 * time-to-market medians (1 = little effort, 5 = a lot). The chart splits both at the middle of
 * the scale (3); a use case exactly on a middle line counts as the less favourable side, so only
 * clear cases are called quick wins.
 */
import type { CriterionValues } from './aggregate';

export function wsjfOf(medians: CriterionValues): number | null {
  const value = medians['business-value'];
  const time = medians['time-to-market'];
  const feasibility = medians.feasibility;
  const size = medians.cost;
  if (value === undefined || time === undefined || feasibility === undefined || size === undefined) return null;
  return (value + (6 - time) + feasibility) / size;
}

export const quadrants = ['quick-win', 'major-project', 'fill-in', 'reconsider'] as const;
export type Quadrant = (typeof quadrants)[number];

const QUADRANT_MIDDLE = 3;

export interface ValueEffort {
  value: number;
  effort: number;
  quadrant: Quadrant;
}

export function valueEffortOf(medians: CriterionValues): ValueEffort | null {
  const value = medians['business-value'];
  const cost = medians.cost;
  const time = medians['time-to-market'];
  if (value === undefined || cost === undefined || time === undefined) return null;
  const effort = (cost + time) / 2;
  return { value, effort, quadrant: quadrantOf(value, effort) };
}

export function quadrantOf(value: number, effort: number): Quadrant {
  const highValue = value > QUADRANT_MIDDLE;
  const lowEffort = effort < QUADRANT_MIDDLE;
  if (highValue) return lowEffort ? 'quick-win' : 'major-project';
  return lowEffort ? 'fill-in' : 'reconsider';
}
