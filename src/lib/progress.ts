import type { Answer } from '../schemas/assessment';
import type { Capability, DimensionId } from '../schemas/questionnaire';

export interface Progress {
  /** Capabilities with any answer: a level, "don't know" or "not applicable". */
  done: number;
  total: number;
  byDimension: Record<DimensionId, { done: number; total: number }>;
}

export function isAnswered(answer: Pick<Answer, 'state'> | undefined): boolean {
  return answer?.state != null;
}

export function assessmentProgress(
  capabilities: readonly Capability[],
  answers: readonly Pick<Answer, 'capabilityId' | 'state'>[],
): Progress {
  const byCapability = new Map(answers.map((answer) => [answer.capabilityId, answer]));
  const byDimension: Progress['byDimension'] = {
    people: { done: 0, total: 0 },
    process: { done: 0, total: 0 },
    platform: { done: 0, total: 0 },
  };
  let done = 0;
  capabilities.forEach((capability) => {
    const bucket = byDimension[capability.dimension];
    bucket.total += 1;
    if (isAnswered(byCapability.get(capability.id))) {
      bucket.done += 1;
      done += 1;
    }
  });
  return { done, total: capabilities.length, byDimension };
}
