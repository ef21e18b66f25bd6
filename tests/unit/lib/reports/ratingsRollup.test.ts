import { describe, expect, it } from 'vitest';
import { raterLabels, rollUpRatings } from '../../../../src/lib/reports/ratingsRollup';
import type { Rating } from '../../../../src/schemas/backlog';

const rating = (id: string, useCaseId: string, raterName: string, scores: Rating['scores']): Rating => ({
  id,
  useCaseId,
  raterName,
  raterRole: 'Analyst',
  scores,
  comment: '',
  updatedAt: '2026-11-24T15:00:00.000Z',
});

const useCases = [
  { id: 'use-case-1', title: 'Invoice reading', archived: false },
  { id: 'use-case-2', title: 'Demand forecast', archived: false },
  { id: 'use-case-3', title: 'Retired idea', archived: true },
];
const ratings = [
  rating('rating-01', 'use-case-1', 'Ola', { cost: 2, feasibility: 4 }),
  rating('rating-02', 'use-case-1', 'Kari', { cost: 2, feasibility: 4 }),
  rating('rating-03', 'use-case-2', 'ola ', { cost: 1, feasibility: 5 }),
  rating('rating-04', 'use-case-2', 'Kari', { cost: 4, feasibility: 4 }),
  rating('rating-05', 'use-case-3', 'Kari', { cost: 5 }),
];

describe('rollUpRatings', () => {
  it('uses the backlog’s medians and flags, lists disagreements first and leaves archived use cases out', () => {
    const rows = rollUpRatings(useCases, ratings, 'named');
    expect(rows.map((row) => [row.title, row.aggregate.disagreements])).toEqual([
      ['Demand forecast', ['cost']],
      ['Invoice reading', []],
    ]);
    expect(rows[0]?.aggregate.medians).toMatchObject({ cost: 2.5, feasibility: 4.5 });
    expect(rows[0]?.raters.map((rater) => [rater.label, rater.role])).toEqual([
      ['Kari', 'Analyst'],
      ['Ola', 'Analyst'],
    ]);
  });

  it('gives each rater the same R-number on every use case and hides roles when anonymous', () => {
    const rows = rollUpRatings(useCases, ratings, 'anonymous');
    const labels = raterLabels(ratings, 'anonymous');
    expect(labels.size).toBe(2);
    const kari = labels.get('kari');
    for (const row of rows) {
      expect(row.raters.find((rater) => rater.scores.feasibility === 4 && rater.label === kari)).toBeDefined();
      expect(row.raters.every((rater) => rater.role === '' && /^R\d$/.test(rater.label))).toBe(true);
    }
  });
});
