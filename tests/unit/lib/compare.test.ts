import { describe, expect, it } from 'vitest';
import { compareWithMilestone } from '../../../src/lib/compare';
import { makeCapability } from '../helpers/capability';
import { dontKnow, level, notApplicable } from '../helpers/records';

const capabilities = [
  makeCapability({ id: 'team', dimension: 'people', order: 1 }),
  makeCapability({ id: 'ci', dimension: 'process', order: 1 }),
  makeCapability({ id: 'tests', dimension: 'process', order: 2 }),
  makeCapability({ id: 'drift', dimension: 'process', order: 3 }),
  makeCapability({ id: 'registry', dimension: 'platform', order: 1 }),
];

const milestone = [level('team', 1), level('ci', 2), level('tests', 3), dontKnow('drift'), level('registry', 2, 4)];
const current = [level('team', 3), level('ci', 1), level('tests', 3), level('drift', 2), level('registry', 2, 3)];

describe('compareWithMilestone', () => {
  const comparison = compareWithMilestone(capabilities, milestone, current);
  const movementOf = (id: string) => comparison.capabilities.find((change) => change.capabilityId === id)?.movement;

  it('says which capabilities went up, down, stayed or changed kind of answer', () => {
    expect(movementOf('team')).toBe('up');
    expect(movementOf('ci')).toBe('down');
    expect(movementOf('tests')).toBe('same');
    expect(movementOf('drift')).toBe('changed');
  });

  it('ignores a changed target when the level is the same', () => {
    expect(movementOf('registry')).toBe('same');
  });

  it('counts each kind of movement', () => {
    expect(comparison.counts).toEqual({ up: 1, down: 1, same: 2, changed: 1 });
  });

  it('gives the score before and after and the delta per dimension', () => {
    expect(comparison.dimensions).toEqual([
      { dimension: 'people', before: 1, after: 3, delta: 2 },
      { dimension: 'process', before: 2.5, after: 2, delta: -0.5 },
      { dimension: 'platform', before: 2, after: 2, delta: 0 },
    ]);
  });

  it('gives the overall score before and after', () => {
    expect(comparison.overall.before).toBeCloseTo(5.5 / 3);
    expect(comparison.overall.after).toBeCloseTo(7 / 3);
    expect(comparison.overall.delta).toBeCloseTo(1.5 / 3);
  });

  it('has no delta where one side has no score', () => {
    const result = compareWithMilestone(capabilities.slice(0, 1), [dontKnow('team')], [level('team', 2)]);
    expect(result.dimensions[0]).toEqual({ dimension: 'people', before: null, after: 2, delta: null });
    expect(result.overall.delta).toBeNull();
    expect(result.counts.changed).toBe(1);
  });

  it('treats the same non-level answer on both sides as the same, and a switch to N/A as changed', () => {
    const result = compareWithMilestone(
      capabilities.slice(1, 3),
      [dontKnow('ci'), level('tests', 2)],
      [dontKnow('ci'), notApplicable('tests')],
    );
    expect(result.capabilities.map((change) => change.movement)).toEqual(['same', 'changed']);
  });
});
