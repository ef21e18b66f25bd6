import type { Rating, UseCase } from '../../../../src/schemas/backlog';
import type { CriterionDirection, Weights } from '../../../../src/lib/backlog/score';

export const NOW = '2026-11-24T15:00:00.000Z';

export const criteria: CriterionDirection[] = [
  { id: 'data-availability', inverted: false },
  { id: 'feasibility', inverted: false },
  { id: 'business-value', inverted: false },
  { id: 'cost', inverted: true },
  { id: 'time-to-market', inverted: true },
];

export const equal: Weights = { 'data-availability': 1, feasibility: 1, 'business-value': 1, cost: 1, 'time-to-market': 1 };

export function makeUseCase(id: string, overrides: Partial<UseCase> = {}): UseCase {
  return {
    id,
    title: `Use case ${id}`,
    description: '',
    sponsor: '',
    businessUnit: '',
    family: 'other',
    status: 'idea',
    dataClassification: 'confidential',
    riskTier: 'medium',
    tags: [],
    archived: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** A rating from five digits in criterion order (data, feasibility, value, cost, time); "-" leaves one open. */
export function makeRating(useCaseId: string, rater: string, digits: string, overrides: Partial<Rating> = {}): Rating {
  const ids = ['data-availability', 'feasibility', 'business-value', 'cost', 'time-to-market'] as const;
  const scores: Rating['scores'] = {};
  ids.forEach((id, index) => {
    const value = Number(digits[index]);
    if (value >= 1 && value <= 5) scores[id] = value;
  });
  return {
    id: `${useCaseId}-${rater}`.padEnd(8, '0'),
    useCaseId,
    raterName: rater,
    raterRole: '',
    scores,
    comment: '',
    updatedAt: NOW,
    ...overrides,
  };
}
