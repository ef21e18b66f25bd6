/**
 * Builds the sample backlog (use cases, ratings and one custom weight profile) from the story in
 * sampleBacklogData.ts. Ids and timestamps are fixed, so every build gives the same records.
 */
import type { Rating, UseCase, WeightProfile } from '../../schemas/backlog';
import { criterionIds, type CriterionId } from '../../schemas/enums';
import type { RiskScreening } from '../../schemas/riskScreening';
import { screeningRecord } from '../governance/riskScreening';
import { sampleRaters, sampleUseCases, type SampleRaterKey } from './sampleBacklogData';
import { sampleScreenings } from './sampleScreenings';

export const SAMPLE_PROFILE_ID = 'sample-profile-steering-group';
const CREATED_FROM = Date.parse('2026-03-02T09:00:00.000Z');
const RATED_FROM = Date.parse('2026-10-12T08:00:00.000Z');
const DAY = 86_400_000;

export const sampleUseCaseId = (key: string): string => `sample-usecase-${key}`;

function iso(time: number): string {
  return new Date(time).toISOString();
}

function scoresOf(digits: string): Rating['scores'] {
  const scores: Partial<Record<CriterionId, number>> = {};
  criterionIds.forEach((id, index) => {
    const value = Number(digits[index]);
    if (Number.isInteger(value) && value >= 1 && value <= 5) scores[id] = value;
  });
  return scores;
}

export interface SampleBacklog {
  useCases: UseCase[];
  ratings: Rating[];
  weightProfiles: WeightProfile[];
}

/** The screening record of a sample use case, when the sample screened it; its decided tier is the use case's tier. */
function screeningOf(
  screening: RiskScreening | undefined,
  key: string,
  useCase: Pick<UseCase, 'dataClassification' | 'riskTier'>,
) {
  const sample = sampleScreenings.find((entry) => entry.key === key);
  if (!screening || !sample) return {};
  const built = screeningRecord(screening, sample.answers, useCase, {
    decidedTier: useCase.riskTier,
    justification: sample.justification ?? '',
    decidedBy: sample.decidedBy,
    decidedAt: sample.decidedAt,
  });
  if ('problems' in built) throw new Error(`sample screening ${key}: ${Object.values(built.problems).join('; ')}`);
  return { riskScreening: built.record };
}

/** `screening` is the risk-tier screening content; without it the sample use cases carry no screenings. */
export function buildSampleBacklog(screening?: RiskScreening): SampleBacklog {
  const useCases: UseCase[] = [];
  const ratings: Rating[] = [];
  sampleUseCases.forEach((sample, index) => {
    const { key, scores, archived, ...fields } = sample;
    const id = sampleUseCaseId(key);
    const createdAt = iso(CREATED_FROM + index * 5 * DAY);
    const ratedAt = RATED_FROM + index * 20 * 60_000;
    useCases.push({
      id,
      ...fields,
      archived: archived ?? false,
      ...screeningOf(screening, key, fields),
      createdAt,
      updatedAt: iso(Math.max(ratedAt, CREATED_FROM + index * 5 * DAY + DAY)),
    });
    (Object.keys(sampleRaters) as SampleRaterKey[]).forEach((rater, raterIndex) => {
      const digits = scores[rater];
      if (digits === undefined) return;
      ratings.push({
        id: `sample-rating-${key}-${rater}`,
        useCaseId: id,
        raterName: sampleRaters[rater].name,
        raterRole: sampleRaters[rater].role,
        scores: scoresOf(digits),
        comment: '',
        updatedAt: iso(ratedAt + raterIndex * 4 * 60_000),
      });
    });
  });
  const weightProfiles: WeightProfile[] = [
    {
      id: SAMPLE_PROFILE_ID,
      name: 'Steering group, autumn 2026',
      weights: { 'data-availability': 3, feasibility: 2, 'business-value': 4, cost: 1.5, 'time-to-market': 2 },
      createdAt: '2026-10-20T13:00:00.000Z',
      updatedAt: '2026-10-20T13:00:00.000Z',
    },
  ];
  return { useCases, ratings, weightProfiles };
}
