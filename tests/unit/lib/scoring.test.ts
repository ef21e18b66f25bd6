import { describe, expect, it } from 'vitest';
import { scoreAssessment, PROVISIONAL_COVERAGE } from '../../../src/lib/scoring';
import type { DimensionId } from '../../../src/schemas/questionnaire';
import { makeCapability } from '../helpers/capability';
import { dontKnow, level, notApplicable } from '../helpers/records';

const people = [makeCapability({ id: 'p1', dimension: 'people', order: 1 })];
const process = [
  makeCapability({ id: 'r1', dimension: 'process', order: 1 }),
  makeCapability({ id: 'r2', dimension: 'process', order: 2 }),
  makeCapability({ id: 'r3', dimension: 'process', order: 3 }),
];
const platform = [
  makeCapability({ id: 'f1', dimension: 'platform', order: 1 }),
  makeCapability({ id: 'f2', dimension: 'platform', order: 2 }),
];
const all = [...people, ...process, ...platform];

const dimension = (summary: ReturnType<typeof scoreAssessment>, id: DimensionId) => {
  const found = summary.dimensions.find((d) => d.dimension === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
};

describe('scoreAssessment', () => {
  it('gives no score and zero coverage when nothing is answered', () => {
    const summary = scoreAssessment(all, []);
    expect(summary.overall.score).toBeNull();
    expect(summary.overall.targetScore).toBeNull();
    expect(summary.overall.coverage).toBe(0);
    expect(summary.overall.provisional).toBe(false);
    expect(summary.overall.missingDimensions).toEqual(['people', 'process', 'platform']);
    const proc = dimension(summary, 'process');
    expect(proc).toMatchObject({ score: null, coverage: 0, total: 3, answered: 0, unanswered: 3 });
  });

  it('leaves a dimension answered entirely "not applicable" without score or coverage', () => {
    const summary = scoreAssessment(
      process,
      process.map((c) => notApplicable(c.id)),
    );
    const proc = dimension(summary, 'process');
    expect(proc.score).toBeNull();
    expect(proc.coverage).toBeNull();
    expect(proc.notApplicable).toBe(3);
    expect(proc.provisional).toBe(false);
    expect(summary.overall.coverage).toBeNull();
  });

  it('never lets "not applicable" lower a score', () => {
    const base = scoreAssessment(process, [level('r1', 3), level('r2', 3)]);
    const withNa = scoreAssessment(process, [level('r1', 3), level('r2', 3), notApplicable('r3')]);
    expect(dimension(base, 'process').score).toBe(3);
    expect(dimension(withNa, 'process').score).toBe(3);
    expect(dimension(withNa, 'process').coverage).toBe(1);
    expect(dimension(base, 'process').coverage).toBeCloseTo(2 / 3);
  });

  it('leaves N/A out of the denominator: levels 2 and 4 with one N/A score 3 at full coverage', () => {
    const summary = scoreAssessment(process, [level('r1', 2), level('r2', 4), notApplicable('r3')]);
    const proc = dimension(summary, 'process');
    expect(proc.score).toBe(3);
    expect(proc.coverage).toBe(1);
    expect(proc.answered).toBe(2);
    expect(proc.provisional).toBe(false);
  });

  it('treats "don\'t know" everywhere as no score and zero coverage', () => {
    const summary = scoreAssessment(
      process,
      process.map((c) => dontKnow(c.id)),
    );
    const proc = dimension(summary, 'process');
    expect(proc.score).toBeNull();
    expect(proc.coverage).toBe(0);
    expect(proc.dontKnow).toBe(3);
    expect(summary.overall.score).toBeNull();
  });

  it('lowers coverage, not the score, for "don\'t know"', () => {
    const summary = scoreAssessment(process, [level('r1', 4), level('r2', 2), dontKnow('r3')]);
    const proc = dimension(summary, 'process');
    expect(proc.score).toBe(3);
    expect(proc.coverage).toBeCloseTo(2 / 3);
  });

  it('computes a weighted mean with the questionnaire weights', () => {
    const weighted = [makeCapability({ id: 'heavy', weight: 2, order: 1 }), makeCapability({ id: 'light', weight: 1, order: 2 })];
    const summary = scoreAssessment(weighted, [level('heavy', 4), level('light', 1)]);
    // (2 * 4 + 1 * 1) / 3 = 3, where an unweighted mean would give 2.5
    expect(dimension(summary, 'process').score).toBe(3);
  });

  it('marks a score resting on less than half of what applies as provisional', () => {
    const four = [1, 2, 3, 4].map((order) => makeCapability({ id: `c${order}`, order }));
    const one = scoreAssessment(four, [level('c1', 2), dontKnow('c2')]);
    expect(dimension(one, 'process').coverage).toBe(0.25);
    expect(dimension(one, 'process').provisional).toBe(true);
    expect(one.overall.provisional).toBe(true);
    const half = scoreAssessment(four, [level('c1', 2), level('c2', 2)]);
    expect(dimension(half, 'process').coverage).toBe(PROVISIONAL_COVERAGE);
    expect(dimension(half, 'process').provisional).toBe(false);
  });

  it('weighs the three dimensions equally in the overall score, whatever their size', () => {
    const summary = scoreAssessment(all, [
      level('p1', 4),
      level('r1', 1),
      level('r2', 1),
      level('r3', 1),
      level('f1', 1),
      level('f2', 3),
    ]);
    expect(dimension(summary, 'people').score).toBe(4);
    expect(dimension(summary, 'process').score).toBe(1);
    expect(dimension(summary, 'platform').score).toBe(2);
    // mean of 4, 1 and 2, not of the six levels (which would be 11 / 6)
    expect(summary.overall.score).toBeCloseTo(7 / 3);
    expect(summary.overall.coverage).toBe(1);
    expect(summary.overall.provisional).toBe(false);
    expect(summary.overall.missingDimensions).toEqual([]);
  });

  it('names dimensions without a score and marks the overall score provisional', () => {
    const summary = scoreAssessment(all, [
      level('p1', 2),
      level('r1', 2),
      level('r2', 2),
      level('r3', 2),
      dontKnow('f1'),
      dontKnow('f2'),
    ]);
    expect(summary.overall.missingDimensions).toEqual(['platform']);
    expect(summary.overall.score).toBe(2);
    expect(summary.overall.provisional).toBe(true);
  });

  it('does not report a dimension without capabilities as missing', () => {
    const summary = scoreAssessment(process, [level('r1', 2), level('r2', 2), level('r3', 2)]);
    expect(summary.overall.missingDimensions).toEqual([]);
    expect(summary.overall.score).toBe(2);
    expect(summary.overall.provisional).toBe(false);
  });

  it('uses the higher of target and level for the target score, and the level where no target is set', () => {
    const summary = scoreAssessment(process, [level('r1', 1, 3), level('r2', 3, 1), level('r3', 2)]);
    // targets counted: 3 (target above level), 3 (target below level keeps level), 2 (no target)
    expect(dimension(summary, 'process').targetScore).toBeCloseTo(8 / 3);
    expect(dimension(summary, 'process').score).toBe(2);
  });

  it('computes the target score over the same capabilities as the score', () => {
    const summary = scoreAssessment(process, [level('r1', 2, 4), dontKnow('r2', 4), notApplicable('r3')]);
    expect(dimension(summary, 'process').targetScore).toBe(4);
    expect(summary.overall.targetScore).toBe(4);
  });

  it('ignores answers for capabilities that are not in the questionnaire', () => {
    const summary = scoreAssessment(people, [level('p1', 3), level('retired', 0)]);
    expect(summary.capabilities.map((c) => c.capabilityId)).toEqual(['p1']);
    expect(summary.overall.score).toBe(3);
  });
});
