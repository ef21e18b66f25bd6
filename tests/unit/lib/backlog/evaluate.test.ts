import { describe, expect, it } from 'vitest';
import { evaluateBacklog } from '../../../../src/lib/backlog/evaluate';
import { compareRankables, rankPositions, titleOrder } from '../../../../src/lib/backlog/rank';
import { criteria, equal, makeRating, makeUseCase } from './helpers';

const ranksOf = (result: ReturnType<typeof evaluateBacklog>) =>
  Object.fromEntries([...result.values()].map((item) => [item.id, item.rank]));

describe('evaluateBacklog', () => {
  it('ranks by weighted score, highest first', () => {
    const useCases = [makeUseCase('low-0001'), makeUseCase('high-001'), makeUseCase('mid-0001')];
    const ratings = [
      makeRating('low-0001', 'a', '22244'),
      makeRating('high-001', 'a', '55511'),
      makeRating('mid-0001', 'a', '33333'),
    ];
    expect(ranksOf(evaluateBacklog(useCases, ratings, criteria, equal))).toEqual({ 'high-001': 1, 'mid-0001': 2, 'low-0001': 3 });
  });

  it('puts a blocked use case after every unblocked one, even with the best score', () => {
    const useCases = [makeUseCase('blocked1'), makeUseCase('weak0001'), makeUseCase('unrated1')];
    const ratings = [
      makeRating('blocked1', 'a', '15511'),
      makeRating('blocked1', 'b', '15511'),
      makeRating('weak0001', 'a', '21155'),
    ];
    const result = evaluateBacklog(useCases, ratings, criteria, equal);
    expect(result.get('blocked1')?.blocked).toBe(true);
    expect(result.get('blocked1')?.weighted.score).toBeGreaterThan(result.get('weak0001')?.weighted.score ?? 100);
    expect(ranksOf(result)).toEqual({ weak0001: 1, unrated1: 2, blocked1: 3 });
    expect(result.get('blocked1')?.wsjfRank).toBe(3);
  });

  it('leaves archived use cases out of the ranking', () => {
    const result = evaluateBacklog([makeUseCase('active01'), makeUseCase('archive1', { archived: true })], [], criteria, equal);
    expect([...result.keys()]).toEqual(['active01']);
  });

  it('breaks ties by completeness, then business value, then title, so storage order never matters', () => {
    const useCases = [
      makeUseCase('b-000001', { title: 'Beta' }),
      makeUseCase('a-000001', { title: 'Alpha' }),
      makeUseCase('c-000001', { title: 'Gamma' }),
      makeUseCase('d-000001', { title: 'Delta' }),
    ];
    const ratings = [
      makeRating('b-000001', 'a', '33333'),
      makeRating('a-000001', 'a', '33333'),
      makeRating('c-000001', 'a', '3333-'),
      makeRating('d-000001', 'a', '23433'),
    ];
    const forward = ranksOf(evaluateBacklog(useCases, ratings, criteria, equal));
    const backward = ranksOf(evaluateBacklog([...useCases].reverse(), [...ratings].reverse(), criteria, equal));
    expect(forward).toEqual(backward);
    // All score 50; the complete ones first; among them the higher business value (Delta), then by title.
    expect(forward).toEqual({ 'd-000001': 1, 'a-000001': 2, 'b-000001': 3, 'c-000001': 4 });
  });

  it('gives each use case a WSJF figure and rank independent of the weights', () => {
    const useCases = [makeUseCase('quick001'), makeUseCase('big00001')];
    const ratings = [makeRating('quick001', 'a', '34311'), makeRating('big00001', 'a', '45555')];
    const strategic = { ...equal, 'business-value': 5 };
    const byScore = evaluateBacklog(useCases, ratings, criteria, strategic);
    expect(byScore.get('quick001')?.wsjf).toBeCloseTo((3 + 5 + 4) / 1, 10);
    expect(byScore.get('big00001')?.wsjf).toBeCloseTo((5 + 1 + 5) / 5, 10);
    expect(byScore.get('quick001')?.wsjfRank).toBe(1);
    expect(evaluateBacklog(useCases, ratings, criteria, equal).get('quick001')?.wsjfRank).toBe(1);
  });

  it('ranks use cases without a WSJF figure after those with one', () => {
    const result = evaluateBacklog(
      [makeUseCase('partial1'), makeUseCase('full0001')],
      [makeRating('partial1', 'a', '5555-'), makeRating('full0001', 'a', '22255')],
      criteria,
      equal,
    );
    expect(result.get('partial1')?.wsjf).toBeNull();
    expect(result.get('partial1')?.rank).toBe(1);
    expect(result.get('partial1')?.wsjfRank).toBe(2);
  });
});

describe('compareRankables', () => {
  it('treats scores that differ only by rounding noise as equal', () => {
    const base = { blocked: false, completeness: 1, businessValue: 3 };
    const ranks = rankPositions([
      { ...base, id: 'b', order: 1, key: 0.1 + 0.2 },
      { ...base, id: 'a', order: 0, key: 0.3 },
    ]);
    expect(ranks.get('a')).toBe(1);
    expect(compareRankables({ ...base, id: 'x', order: 0, key: null }, { ...base, id: 'y', order: 1, key: 0 })).toBeGreaterThan(
      0,
    );
  });
});

describe('titleOrder', () => {
  it('orders by title without regard to case, then by id', () => {
    const order = titleOrder([
      { id: 'c', title: 'beta' },
      { id: 'b', title: 'Alpha' },
      { id: 'a', title: 'Beta' },
    ]);
    expect([...order.entries()]).toEqual([
      ['b', 0],
      ['a', 1],
      ['c', 2],
    ]);
  });
});
