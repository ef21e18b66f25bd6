/**
 * Comparison of the current state of an assessment with a frozen milestone, per capability
 * (up, down, same, or changed kind of answer) and per dimension (score then and now).
 */
import type { DimensionId } from '../schemas/questionnaire';
import type { Answer } from '../schemas/assessment';
import { scoreAssessment, type CapabilityResult, type ScoredCapability } from './scoring';

export type Movement = 'up' | 'down' | 'same' | 'changed';

export interface CapabilityChange {
  capabilityId: string;
  before: CapabilityResult;
  after: CapabilityResult;
  movement: Movement;
}

interface DimensionChange {
  dimension: DimensionId;
  before: number | null;
  after: number | null;
  delta: number | null;
}

export interface Comparison {
  capabilities: CapabilityChange[];
  dimensions: DimensionChange[];
  overall: Omit<DimensionChange, 'dimension'>;
  counts: Record<Movement, number>;
}

type AnswerLike = Pick<Answer, 'capabilityId' | 'state' | 'level' | 'target'>;

function movementOf(before: CapabilityResult, after: CapabilityResult): Movement {
  if (before.state === 'level' && after.state === 'level' && before.level !== null && after.level !== null) {
    if (after.level > before.level) return 'up';
    if (after.level < before.level) return 'down';
    return 'same';
  }
  return before.state === after.state ? 'same' : 'changed';
}

const delta = (before: number | null, after: number | null) => (before === null || after === null ? null : after - before);

export function compareWithMilestone(
  capabilities: readonly ScoredCapability[],
  milestoneAnswers: readonly AnswerLike[],
  currentAnswers: readonly AnswerLike[],
): Comparison {
  const before = scoreAssessment(capabilities, milestoneAnswers);
  const after = scoreAssessment(capabilities, currentAnswers);
  const changes = before.capabilities.map((result, index) => {
    const now = after.capabilities[index] ?? result;
    return { capabilityId: result.capabilityId, before: result, after: now, movement: movementOf(result, now) };
  });
  const counts: Record<Movement, number> = { up: 0, down: 0, same: 0, changed: 0 };
  changes.forEach((change) => (counts[change.movement] += 1));
  return {
    capabilities: changes,
    dimensions: before.dimensions.map((dimension, index) => {
      const now = after.dimensions[index]?.score ?? null;
      return { dimension: dimension.dimension, before: dimension.score, after: now, delta: delta(dimension.score, now) };
    }),
    overall: {
      before: before.overall.score,
      after: after.overall.score,
      delta: delta(before.overall.score, after.overall.score),
    },
    counts,
  };
}
