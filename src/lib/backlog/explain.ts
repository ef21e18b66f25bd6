/**
 * Why a use case moved when the weights changed: its score under the previous and the current
 * profile, and the criteria whose points changed most. Each criterion's points are
 * weight ÷ Σ weight × (value − 1) ÷ 4 × 100, so a criterion gains points when the new profile
 * gives it a larger share of the total weight and the use case rates well on it.
 */
import type { CriterionId } from '../../schemas/enums';
import type { Contribution } from './score';

export interface PointsChange {
  criterionId: CriterionId;
  before: number;
  after: number;
  change: number;
}

/** The criteria whose points changed, largest change first; changes under 0.05 points are dropped. */
export function pointsChanges(before: readonly Contribution[], after: readonly Contribution[]): PointsChange[] {
  const earlier = new Map(before.map((item) => [item.criterionId, item.points ?? 0]));
  return after
    .map((item) => {
      const was = earlier.get(item.criterionId) ?? 0;
      const now = item.points ?? 0;
      return { criterionId: item.criterionId, before: was, after: now, change: now - was };
    })
    .filter((item) => Math.abs(item.change) >= 0.05)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
}

interface Move {
  id: string;
  before: number;
  after: number;
}

/** Use cases whose rank changed, largest move first, then by current rank. */
export function biggestMoves(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>, limit: number): Move[] {
  const moves: Move[] = [];
  for (const [id, rank] of after) {
    const was = before.get(id);
    if (was !== undefined && was !== rank) moves.push({ id, before: was, after: rank });
  }
  return moves.sort((a, b) => Math.abs(b.before - b.after) - Math.abs(a.before - a.after) || a.after - b.after).slice(0, limit);
}
