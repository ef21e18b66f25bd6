import { describe, expect, it } from 'vitest';
import { biggestMoves, pointsChanges } from '../../../../src/lib/backlog/explain';
import { invertedSet, weightedScore } from '../../../../src/lib/backlog/score';
import { criteria, equal } from './helpers';

describe('pointsChanges', () => {
  it('names the criteria whose points moved most when the weights change', () => {
    const medians = { 'data-availability': 3, feasibility: 3, 'business-value': 3, cost: 1, 'time-to-market': 1 };
    const inverted = invertedSet(criteria);
    const quickWins = { 'data-availability': 2, feasibility: 3, 'business-value': 1, cost: 3, 'time-to-market': 4 };
    const changes = pointsChanges(
      weightedScore(medians, equal, inverted).contributions,
      weightedScore(medians, quickWins, inverted).contributions,
    );
    expect(changes[0]?.criterionId).toBe('time-to-market');
    expect(changes[0]?.change).toBeGreaterThan(0);
    const total = changes.reduce((sum, item) => sum + item.change, 0);
    expect(total).toBeCloseTo(
      (weightedScore(medians, quickWins, inverted).score ?? 0) - (weightedScore(medians, equal, inverted).score ?? 0),
      1,
    );
  });
});

describe('biggestMoves', () => {
  it('lists use cases whose rank changed, largest move first', () => {
    const before = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
    const after = new Map([
      ['a', 3],
      ['b', 2],
      ['c', 4],
      ['d', 1],
    ]);
    expect(biggestMoves(before, after, 2)).toEqual([
      { id: 'd', before: 4, after: 1 },
      { id: 'a', before: 1, after: 3 },
    ]);
  });
});
