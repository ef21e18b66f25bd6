import { describe, expect, it } from 'vitest';
import { assessmentProgress, isAnswered } from '../../../src/lib/progress';
import { makeCapability } from '../helpers/capability';

const capabilities = [
  makeCapability({ id: 'p1', dimension: 'people', order: 1 }),
  makeCapability({ id: 'r1', dimension: 'process', order: 1 }),
  makeCapability({ id: 'r2', dimension: 'process', order: 2 }),
  makeCapability({ id: 'f1', dimension: 'platform', order: 1 }),
];

describe('assessmentProgress', () => {
  it('counts any answer (level, "don\'t know", "not applicable") as done', () => {
    const progress = assessmentProgress(capabilities, [
      { capabilityId: 'p1', state: 'level' },
      { capabilityId: 'r1', state: 'dont-know' },
      { capabilityId: 'f1', state: 'not-applicable' },
    ]);
    expect(progress.done).toBe(3);
    expect(progress.total).toBe(4);
    expect(progress.byDimension).toEqual({
      people: { done: 1, total: 1 },
      process: { done: 1, total: 2 },
      platform: { done: 1, total: 1 },
    });
  });

  it('does not count a cleared answer or an answer to an unknown capability', () => {
    const progress = assessmentProgress(capabilities, [
      { capabilityId: 'r2', state: null },
      { capabilityId: 'gone', state: 'level' },
    ]);
    expect(progress.done).toBe(0);
  });
});

describe('isAnswered', () => {
  it('is true only for an answer with a state', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered({ state: null })).toBe(false);
    expect(isAnswered({ state: 'dont-know' })).toBe(true);
  });
});
