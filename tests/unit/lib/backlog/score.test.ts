import { describe, expect, it } from 'vitest';
import { invertedSet, isBlocked, orientedValue, scoreOf, weightedScore } from '../../../../src/lib/backlog/score';
import { criteria, equal } from './helpers';

const inverted = invertedSet(criteria);

describe('inversion', () => {
  it('turns cost and time to market so that 1 (cheapest, fastest) counts as 5', () => {
    expect([...inverted].sort()).toEqual(['cost', 'time-to-market']);
    expect(orientedValue(1, true)).toBe(5);
    expect(orientedValue(5, true)).toBe(1);
    expect(orientedValue(2.5, true)).toBe(3.5);
    expect(orientedValue(4, false)).toBe(4);
  });

  it('ranks a cheaper use case above a costlier one with otherwise equal ratings', () => {
    const cheap = weightedScore({ 'business-value': 4, cost: 1 }, equal, inverted).score ?? 0;
    const costly = weightedScore({ 'business-value': 4, cost: 5 }, equal, inverted).score ?? 0;
    expect(cheap).toBeGreaterThan(costly);
  });
});

describe('weightedScore', () => {
  it('is 0 when every criterion is at its worst and 100 when every one is at its best', () => {
    const worst = { 'data-availability': 1, feasibility: 1, 'business-value': 1, cost: 5, 'time-to-market': 5 };
    const best = { 'data-availability': 5, feasibility: 5, 'business-value': 5, cost: 1, 'time-to-market': 1 };
    expect(weightedScore(worst, equal, inverted).score).toBe(0);
    expect(weightedScore(best, equal, inverted).score).toBe(100);
  });

  it('follows (Σ w·v − Σ w) ÷ (4 · Σ w) × 100 with unequal weights', () => {
    const weights = { 'data-availability': 2, feasibility: 3, 'business-value': 1, cost: 3, 'time-to-market': 4 };
    const medians = { 'data-availability': 4, feasibility: 3, 'business-value': 5, cost: 2, 'time-to-market': 3 };
    // Oriented values: 4, 3, 5, 4, 3; Σ w·v = 8 + 9 + 5 + 12 + 12 = 46; Σ w = 13.
    expect(weightedScore(medians, weights, inverted).score).toBeCloseTo(((46 - 13) / (4 * 13)) * 100, 10);
  });

  it('breaks the score down into points per criterion that add up to the score', () => {
    const result = weightedScore(
      { 'data-availability': 4, feasibility: 3, 'business-value': 5, cost: 2, 'time-to-market': 3 },
      equal,
      inverted,
    );
    const total = result.contributions.reduce((sum, item) => sum + (item.points ?? 0), 0);
    expect(total).toBeCloseTo(result.score ?? -1, 10);
    const cost = result.contributions.find((item) => item.criterionId === 'cost');
    expect(cost).toMatchObject({ median: 2, value: 4 });
    expect(cost?.points).toBeCloseTo(15, 10);
  });

  it('leaves unrated criteria out of the sum and lowers the completeness instead', () => {
    const result = weightedScore({ 'data-availability': 5, feasibility: 5 }, equal, inverted);
    expect(result.score).toBe(100);
    expect(result.completeness).toBeCloseTo(0.4, 10);
    expect(result.contributions.find((item) => item.criterionId === 'cost')).toMatchObject({ value: null, points: null });
  });

  it('measures completeness by weight, so a criterion weighted 0 does not count as missing', () => {
    const weights = { ...equal, cost: 0 };
    expect(
      weightedScore({ 'data-availability': 3, feasibility: 3, 'business-value': 3, 'time-to-market': 3 }, weights, inverted)
        .completeness,
    ).toBe(1);
  });

  it('has no score when no weighted criterion is rated', () => {
    expect(weightedScore({}, equal, inverted)).toMatchObject({ score: null, completeness: 0 });
    expect(scoreOf({ cost: 3 }, { ...equal, cost: 0 })).toBeNull();
  });

  it('depends only on the proportions of the weights', () => {
    const medians = { 'data-availability': 4, feasibility: 2, 'business-value': 5, cost: 3, 'time-to-market': 1 };
    const doubled = Object.fromEntries(Object.entries(equal).map(([id, weight]) => [id, weight * 2])) as typeof equal;
    expect(weightedScore(medians, doubled, inverted).score).toBeCloseTo(weightedScore(medians, equal, inverted).score ?? 0, 10);
  });
});

describe('knock-out', () => {
  it('blocks a use case whose data-availability median is 1, whatever the rest', () => {
    expect(isBlocked({ 'data-availability': 1, feasibility: 5, 'business-value': 5, cost: 1, 'time-to-market': 1 })).toBe(true);
    expect(isBlocked({ 'data-availability': 1.5 })).toBe(false);
    expect(isBlocked({ feasibility: 1 })).toBe(false);
  });
});
