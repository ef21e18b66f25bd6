import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluateBacklog } from '../../../../src/lib/backlog/evaluate';
import { weightPresetSchema } from '../../../../src/schemas/backlogContent';
import { criteria, makeRating, makeUseCase } from './helpers';

const quickWins = weightPresetSchema.parse(
  parse(readFileSync(join(process.cwd(), 'content/backlog/profiles/quick-wins.yaml'), 'utf8')),
);

describe('the value floor of a profile', () => {
  // Cheap, fast, feasible and worth little, against worthwhile work of moderate effort.
  const useCases = [makeUseCase('trivial1'), makeUseCase('worth001'), makeUseCase('novalue1'), makeUseCase('blocked1')];
  const ratings = [
    makeRating('trivial1', 'a', '55111'),
    makeRating('worth001', 'a', '34433'),
    makeRating('novalue1', 'a', '55-11'),
    makeRating('blocked1', 'a', '15511'),
  ];

  it('would let low-value work lead on weights alone', () => {
    const result = evaluateBacklog(useCases, ratings, criteria, quickWins.weights);
    expect(result.get('trivial1')?.rank).toBeLessThan(result.get('worth001')?.rank ?? 0);
  });

  it('puts "Quick wins" work below the floor after worthwhile work, and before blocked work', () => {
    expect(quickWins.valueFloor).toBe(3);
    const result = evaluateBacklog(useCases, ratings, criteria, quickWins.weights, quickWins.valueFloor ?? null);
    expect(result.get('worth001')?.rank).toBe(1);
    expect(result.get('trivial1')).toMatchObject({ belowValueFloor: true });
    expect(result.get('novalue1')).toMatchObject({ belowValueFloor: true });
    expect(result.get('blocked1')?.rank).toBe(4);
    expect(result.get('trivial1')?.weighted.score).toBeGreaterThan(result.get('worth001')?.weighted.score ?? 100);
  });

  it('leaves WSJF, which ignores the profile, untouched', () => {
    const without = evaluateBacklog(useCases, ratings, criteria, quickWins.weights);
    const withFloor = evaluateBacklog(useCases, ratings, criteria, quickWins.weights, 3);
    for (const id of ['trivial1', 'worth001', 'novalue1', 'blocked1'])
      expect(withFloor.get(id)?.wsjfRank).toBe(without.get(id)?.wsjfRank);
  });
});
