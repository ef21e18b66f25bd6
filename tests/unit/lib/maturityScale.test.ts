import { describe, expect, it } from 'vitest';
import { indicativeLevel, maturityScale } from '../../../src/lib/maturityScale';

describe('indicativeLevel', () => {
  it('rounds the overall score down to the level reached in full', () => {
    expect(indicativeLevel(2.7)?.level).toBe(2);
    expect(indicativeLevel(3.999)?.level).toBe(3);
  });

  it('maps the ends of the scale to levels 0 and 4', () => {
    expect(indicativeLevel(0)?.level).toBe(0);
    expect(indicativeLevel(4)?.level).toBe(4);
    expect(indicativeLevel(4)?.name).toBe('Full MLOps automated operations');
  });

  it('counts a level as reached despite floating-point error just below it', () => {
    // 0.3 / 0.1 is 2.9999999999999996 in floating point
    expect(indicativeLevel(0.3 / 0.1)?.level).toBe(3);
  });

  it('has no level without a score', () => {
    expect(indicativeLevel(null)).toBeNull();
    expect(indicativeLevel(Number.NaN)).toBeNull();
  });

  it('describes five levels numbered 0 to 4', () => {
    expect(maturityScale.map((entry) => entry.level)).toEqual([0, 1, 2, 3, 4]);
  });
});
