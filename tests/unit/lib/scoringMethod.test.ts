import { describe, expect, it } from 'vitest';
import { effectiveTarget, PROVISIONAL_COVERAGE, scoreDimension } from '../../../src/lib/scoring';
import { scoringMethod, weightsInUse } from '../../../src/lib/scoringMethod';
import { limits } from '../../../src/schemas/limits';

describe('the method text', () => {
  it('states the weight range the schema allows and the weights in use, not a number typed apart', () => {
    const text = scoringMethod(weightsInUse([{ weight: 1 }, { weight: 2 }, { weight: 1 }])).join(' ');
    expect(text).toContain(`from ${limits.capabilityWeight.min} to ${limits.capabilityWeight.max}`);
    expect(text).toContain('weights run from 1 to 2');
    expect(text).toContain(`${PROVISIONAL_COVERAGE * 100}%`);
    expect(text).not.toContain('up to 2.');
  });
});

describe('effectiveTarget', () => {
  it('is the target, or the current level where there is none or it is lower', () => {
    expect(effectiveTarget(2, 3)).toBe(3);
    expect(effectiveTarget(3, 1)).toBe(3);
    expect(effectiveTarget(2, null)).toBe(2);
    expect(effectiveTarget(null, 2)).toBe(2);
  });
  it('is what the target score averages: a target below the current level counts as the current level', () => {
    const result = (capabilityId: string, level: number, target: number | null) => ({
      capabilityId,
      dimension: 'people' as const,
      weight: 1,
      state: 'level' as const,
      level,
      target,
    });
    const score = scoreDimension('people', [result('a', 3, 1), result('b', 1, 3)]);
    expect(score.targetScore).toBe(3);
  });
});
