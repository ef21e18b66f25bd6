import { describe, expect, it } from 'vitest';
import { buildRoadmap } from '../../../src/lib/roadmap';
import { capabilityResults } from '../../../src/lib/scoring';
import type { Capability } from '../../../src/schemas/questionnaire';
import { makeCapability } from '../helpers/capability';
import { dontKnow, level, notApplicable } from '../helpers/records';

type Scored = Parameters<typeof capabilityResults>[1][number];

const roadmapOf = (capabilities: Capability[], answers: Scored[]) =>
  buildRoadmap(capabilities, capabilityResults(capabilities, answers));

describe('buildRoadmap', () => {
  it('orders by gap x weight: a two-level gap weighted 1.5 comes before a one-level gap weighted 2', () => {
    const capabilities = [
      makeCapability({ id: 'heavy', order: 1, weight: 2 }),
      makeCapability({ id: 'wide', order: 2, weight: 1.5 }),
      makeCapability({ id: 'small', order: 3, weight: 1 }),
    ];
    const roadmap = roadmapOf(capabilities, [level('heavy', 1, 2), level('wide', 0, 2), level('small', 3, 4)]);
    expect(roadmap.items.map((item) => [item.capability.id, item.gap, item.priority])).toEqual([
      ['wide', 2, 3],
      ['heavy', 1, 2],
      ['small', 1, 1],
    ]);
  });

  it('breaks ties on priority by the larger weight', () => {
    const capabilities = [
      makeCapability({ id: 'light', order: 1, weight: 1 }),
      makeCapability({ id: 'heavy', order: 2, weight: 2 }),
    ];
    // both have priority 2: gap 2 x weight 1, and gap 1 x weight 2
    const roadmap = roadmapOf(capabilities, [level('light', 1, 3), level('heavy', 2, 3)]);
    expect(roadmap.items.map((item) => item.capability.id)).toEqual(['heavy', 'light']);
    expect(roadmap.items.map((item) => item.priority)).toEqual([2, 2]);
  });

  it('breaks remaining ties by questionnaire order', () => {
    const capabilities = [
      makeCapability({ id: 'first', order: 1 }),
      makeCapability({ id: 'second', order: 2 }),
      makeCapability({ id: 'third', order: 3 }),
    ];
    const roadmap = roadmapOf(capabilities, [level('third', 1, 2), level('first', 1, 2), level('second', 1, 2)]);
    expect(roadmap.items.map((item) => item.capability.id)).toEqual(['first', 'second', 'third']);
  });

  it("lists the steps from the current level up to the target, using each level's next step", () => {
    const capabilities = [makeCapability({ id: 'ci' })];
    const [item] = roadmapOf(capabilities, [level('ci', 1, 4)]).items;
    expect(item).toBeDefined();
    expect(item?.current).toBe(1);
    expect(item?.target).toBe(4);
    expect(item?.steps).toEqual([
      { fromLevel: 1, toLevel: 2, action: 'ci: step from 1 to 2' },
      { fromLevel: 2, toLevel: 3, action: 'ci: step from 2 to 3' },
      { fromLevel: 3, toLevel: 4, action: 'ci: step from 3 to 4' },
    ]);
  });

  it('lists capabilities answered "don\'t know" with a target apart, as unknown', () => {
    const capabilities = [makeCapability({ id: 'known', order: 1 }), makeCapability({ id: 'unsure', order: 2 })];
    const roadmap = roadmapOf(capabilities, [level('known', 1, 2), dontKnow('unsure', 3)]);
    expect(roadmap.unknown.map((capability) => capability.id)).toEqual(['unsure']);
    expect(roadmap.items.map((item) => item.capability.id)).toEqual(['known']);
  });

  it('leaves out targets at or below the current level, missing targets and other states', () => {
    const capabilities = ['at', 'below', 'none', 'na', 'dk', 'blank'].map((id, index) =>
      makeCapability({ id, order: index + 1 }),
    );
    const roadmap = roadmapOf(capabilities, [
      level('at', 3, 3),
      level('below', 3, 1),
      level('none', 1),
      notApplicable('na'),
      dontKnow('dk'),
    ]);
    expect(roadmap.items).toEqual([]);
    expect(roadmap.unknown).toEqual([]);
  });
});
