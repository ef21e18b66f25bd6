import { describe, expect, it } from 'vitest';
import { stabilityRanges, weightVariations, type StabilityInput } from '../../../../src/lib/backlog/stability';
import { evaluateBacklog } from '../../../../src/lib/backlog/evaluate';
import { criteria, equal, makeRating, makeUseCase } from './helpers';

let position = 0;
const item = (id: string, values: StabilityInput['values'], blocked = false): StabilityInput => ({
  id,
  order: (position += 1),
  blocked,
  values,
  completeness: 1,
  businessValue: values['business-value'] ?? null,
});

describe('weightVariations', () => {
  it('moves each of the five weights 25% down and up in turn: ten variations', () => {
    const variations = weightVariations({ ...equal, cost: 2 });
    expect(variations).toHaveLength(10);
    expect(variations[0]).toEqual({ ...equal, cost: 2, 'data-availability': 0.75 });
    expect(variations[1]).toEqual({ ...equal, cost: 2, 'data-availability': 1.25 });
    expect(variations[6]).toEqual({ ...equal, cost: 1.5 });
  });

  it('keeps a weight of 0 at 0', () => {
    expect(weightVariations({ ...equal, cost: 0 }).every((weights) => weights.cost === 0)).toBe(true);
  });
});

describe('stabilityRanges', () => {
  it('gives a clear leader a range of one rank', () => {
    const ranges = stabilityRanges(
      [item('top', { feasibility: 5, 'business-value': 5 }), item('bottom', { feasibility: 1, 'business-value': 1 })],
      equal,
    );
    expect(ranges.get('top')).toEqual({ best: 1, worst: 1 });
    expect(ranges.get('bottom')).toEqual({ best: 2, worst: 2 });
  });

  it('widens the range of use cases whose order depends on one weight', () => {
    // Equal scores under equal weights: one is strong on value, the other on feasibility.
    const ranges = stabilityRanges(
      [item('value', { feasibility: 2, 'business-value': 4 }), item('feasible', { feasibility: 4, 'business-value': 2 })],
      equal,
    );
    expect(ranges.get('value')).toEqual({ best: 1, worst: 2 });
    expect(ranges.get('feasible')).toEqual({ best: 1, worst: 2 });
  });

  it('never moves a blocked use case above an unblocked one', () => {
    const ranges = stabilityRanges(
      [item('blocked', { feasibility: 5, 'business-value': 5 }, true), item('weak', { feasibility: 1, 'business-value': 2 })],
      equal,
    );
    expect(ranges.get('blocked')).toEqual({ best: 2, worst: 2 });
  });

  it('always includes the rank under the profile itself', () => {
    const useCases = ['a', 'b', 'c', 'd'].map((id) => makeUseCase(`${id}0000001`));
    const ratings = [
      makeRating('a0000001', 'x', '35242'),
      makeRating('b0000001', 'x', '43324'),
      makeRating('c0000001', 'x', '52433'),
      makeRating('d0000001', 'x', '34343'),
    ];
    for (const evaluation of evaluateBacklog(useCases, ratings, criteria, equal).values()) {
      expect(evaluation.stability.best).toBeLessThanOrEqual(evaluation.rank);
      expect(evaluation.stability.worst).toBeGreaterThanOrEqual(evaluation.rank);
    }
  });
});
