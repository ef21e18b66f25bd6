/**
 * "How is this computed?" in the words the results page shows, built from the constants the
 * scoring code uses (src/lib/scoring.ts, src/schemas/limits.ts), so the explanation cannot say
 * something the code does not do.
 */
import { limits } from '../schemas/limits';
import { PROVISIONAL_COVERAGE } from './scoring';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-GB', { style: 'percent' });

/** The weights the questionnaire in use gives its capabilities. */
interface WeightsInUse {
  lowest: number;
  highest: number;
}

export function scoringMethod(weights: WeightsInUse): string[] {
  const { min, max } = limits.capabilityWeight;
  const inUse =
    weights.lowest === weights.highest
      ? `In this questionnaire every capability weighs ${number.format(weights.lowest)}`
      : `In this questionnaire weights run from ${number.format(weights.lowest)} to ${number.format(weights.highest)}; most capabilities weigh 1`;
  return [
    'Each capability is answered with a level from 0 to 4, with “don’t know”, or with “not applicable” and a reason.',
    `A dimension’s score is the weighted average of the levels given in it, on the same 0 to 4 scale. ${inUse} (a questionnaire may set any weight from ${number.format(min)} to ${number.format(max)}).`,
    '“Not applicable” takes a capability out of the calculation altogether: it is not in the average and not in the count of what should be answered, so it can never pull a score down.',
    `“Don’t know” and unanswered capabilities are not treated as zero. They are left out of the average and show up as lower coverage: the share of applicable capabilities answered with a level. A score resting on less than ${percent.format(PROVISIONAL_COVERAGE)} of what applies is marked provisional.`,
    'The overall score is the average of the people, process and platform scores, so each dimension counts equally however many capabilities it has.',
    'The target score uses each capability’s target level, or its current level where no target is set or the target is lower, over the same capabilities as the current score. The chart draws the target the same way.',
    'The roadmap lists every capability below its target. Its priority is the gap (target minus current level) multiplied by the capability’s weight; ties go to the heavier capability, then to questionnaire order. Each entry shows the step to the next level and any steps after it up to the target.',
    'The indicative maturity level places the overall score on the public five-level MLOps maturity scale, rounded down: a level counts once it is reached in full. It is an indication, not a certification.',
  ];
}

export function weightsInUse(capabilities: readonly { weight: number }[]): WeightsInUse {
  const weights = capabilities.map((capability) => capability.weight);
  return { lowest: Math.min(...weights), highest: Math.max(...weights) };
}
