import { describe, expect, it } from 'vitest';
import { quadrantOf, valueEffortOf, wsjfOf } from '../../../../src/lib/backlog/methods';
import { quadrantPoints } from '../../../../src/lib/backlog/quadrant';

describe('wsjfOf', () => {
  it('divides business value + (6 − time to market) + feasibility by cost', () => {
    expect(wsjfOf({ 'business-value': 4, 'time-to-market': 2, feasibility: 3, cost: 2 })).toBe((4 + 4 + 3) / 2);
  });

  it('runs from 0.6 to 15', () => {
    expect(wsjfOf({ 'business-value': 1, 'time-to-market': 5, feasibility: 1, cost: 5 })).toBeCloseTo(0.6, 10);
    expect(wsjfOf({ 'business-value': 5, 'time-to-market': 1, feasibility: 5, cost: 1 })).toBe(15);
  });

  it('needs all four inputs; data availability plays no part', () => {
    expect(wsjfOf({ 'business-value': 4, 'time-to-market': 2, feasibility: 3 })).toBeNull();
    expect(wsjfOf({ 'business-value': 4, 'time-to-market': 2, feasibility: 3, cost: 2, 'data-availability': 1 })).toBe(5.5);
  });
});

describe('value and effort', () => {
  it('takes effort as the mean of cost and time to market', () => {
    expect(valueEffortOf({ 'business-value': 4, cost: 2, 'time-to-market': 3 })).toEqual({
      value: 4,
      effort: 2.5,
      quadrant: 'quick-win',
    });
    expect(valueEffortOf({ 'business-value': 4, cost: 2 })).toBeNull();
  });

  it('counts a point on a middle line on the less favourable side', () => {
    expect(quadrantOf(3, 2)).toBe('fill-in');
    expect(quadrantOf(4, 3)).toBe('major-project');
    expect(quadrantOf(3, 3)).toBe('reconsider');
    expect(quadrantOf(3.5, 2.5)).toBe('quick-win');
  });

  it('groups use cases at the same place into one point and counts those it cannot place', () => {
    const place = (value: number, effort: number) => ({ value, effort, quadrant: quadrantOf(value, effort) });
    const { points, unplaced } = quadrantPoints([
      { title: 'A', valueEffort: place(4, 2) },
      { title: 'B', valueEffort: place(4, 2) },
      { title: 'C', valueEffort: place(2, 4) },
      { title: 'D', valueEffort: null },
    ]);
    expect(unplaced).toBe(1);
    expect(points).toEqual([
      { value: 4, effort: 2, quadrant: 'quick-win', titles: ['A', 'B'] },
      { value: 2, effort: 4, quadrant: 'reconsider', titles: ['C'] },
    ]);
  });
});
