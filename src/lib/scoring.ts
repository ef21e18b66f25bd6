/**
 * How the maturity scores are computed. The results page shows these same words under
 * "How is this computed?"; keep the two in step.
 *
 * - Each capability is answered with a level from 0 to 4, "don't know", or "not applicable".
 * - A dimension's score is the weighted mean of the levels answered in it, on the same 0-4 scale.
 *   Weights come from the questionnaire (1 unless a capability is marked as more important).
 * - "Not applicable" leaves the capability out entirely: it is neither in the score nor in the
 *   count of capabilities that should be answered, so it can never lower a score.
 * - "Don't know" and unanswered capabilities are not counted as zero. They are left out of the
 *   score and lower the coverage instead: coverage = capabilities answered with a level divided
 *   by capabilities that apply. A score resting on less than half of what applies is provisional.
 * - The overall score is the mean of the three dimension scores, so people, process and platform
 *   count equally whatever their number of capabilities.
 * - The target score uses each capability's target, or its current level where no target is set
 *   (or the target is below it), over the same capabilities as the current score, so the two are
 *   directly comparable. `effectiveTarget` is that rule; the radar draws the same values.
 *
 * The results page takes its words from `scoringMethod` (src/lib/scoringMethod.ts), built from
 * the same constants, so the explanation cannot drift from the code.
 */
import type { Capability, DimensionId } from '../schemas/questionnaire';
import { dimensionIds } from '../schemas/enums';
import type { Answer } from '../schemas/assessment';

export const PROVISIONAL_COVERAGE = 0.5;

/** The level a capability aims at: its target, or its current level where there is no target or the target is lower. */
export function effectiveTarget(level: number | null, target: number | null): number | null {
  if (level === null) return target;
  return Math.max(target ?? level, level);
}

export type CapabilityState = 'level' | 'dont-know' | 'not-applicable' | 'unanswered';

export interface CapabilityResult {
  capabilityId: string;
  dimension: DimensionId;
  weight: number;
  state: CapabilityState;
  level: number | null;
  target: number | null;
}

interface DimensionScore {
  dimension: DimensionId;
  /** Weighted mean level 0-4, or null when nothing in the dimension has a level. */
  score: number | null;
  targetScore: number | null;
  total: number;
  answered: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  /** Answered with a level / applicable; null when nothing applies. */
  coverage: number | null;
  provisional: boolean;
}

export interface ScoreSummary {
  capabilities: CapabilityResult[];
  dimensions: DimensionScore[];
  overall: {
    score: number | null;
    targetScore: number | null;
    coverage: number | null;
    provisional: boolean;
    /** Dimensions that have no score yet and are therefore missing from the overall mean. */
    missingDimensions: DimensionId[];
  };
}

type AnswerLike = Pick<Answer, 'capabilityId' | 'state' | 'level' | 'target'>;
/** Scoring needs only these parts of a capability, so pages can ship a slim list. */
export type ScoredCapability = Pick<Capability, 'id' | 'dimension' | 'weight'>;

export function capabilityResults(capabilities: readonly ScoredCapability[], answers: readonly AnswerLike[]): CapabilityResult[] {
  const byCapability = new Map(answers.map((answer) => [answer.capabilityId, answer]));
  return capabilities.map((capability) => {
    const answer = byCapability.get(capability.id);
    const state: CapabilityState = answer?.state ?? 'unanswered';
    return {
      capabilityId: capability.id,
      dimension: capability.dimension,
      weight: capability.weight,
      state,
      level: state === 'level' ? (answer?.level ?? null) : null,
      target: answer?.target ?? null,
    };
  });
}

function weightedMean(items: readonly { weight: number; value: number }[]): number | null {
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  if (totalWeight === 0) return null;
  return items.reduce((sum, item) => sum + item.weight * item.value, 0) / totalWeight;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function scoreDimension(dimension: DimensionId, results: readonly CapabilityResult[]): DimensionScore {
  const inDimension = results.filter((result) => result.dimension === dimension);
  const withLevel = inDimension.filter((result) => result.state === 'level' && result.level !== null);
  const count = (state: CapabilityState) => inDimension.filter((result) => result.state === state).length;
  const notApplicable = count('not-applicable');
  const applicable = inDimension.length - notApplicable;
  const coverage = applicable === 0 ? null : withLevel.length / applicable;
  const score = weightedMean(withLevel.map((result) => ({ weight: result.weight, value: result.level ?? 0 })));
  const targetScore = weightedMean(
    withLevel.map((result) => ({ weight: result.weight, value: effectiveTarget(result.level, result.target) ?? 0 })),
  );
  return {
    dimension,
    score,
    targetScore,
    total: inDimension.length,
    answered: withLevel.length,
    dontKnow: count('dont-know'),
    notApplicable,
    unanswered: count('unanswered'),
    coverage,
    provisional: score !== null && coverage !== null && coverage < PROVISIONAL_COVERAGE,
  };
}

export function scoreAssessment(capabilities: readonly ScoredCapability[], answers: readonly AnswerLike[]): ScoreSummary {
  const results = capabilityResults(capabilities, answers);
  const dimensions = dimensionIds.map((dimension) => scoreDimension(dimension, results));
  const scored = dimensions.filter((dimension) => dimension.score !== null && dimension.total > 0);
  const applicable = results.filter((result) => result.state !== 'not-applicable').length;
  const answered = results.filter((result) => result.state === 'level').length;
  const coverage = applicable === 0 ? null : answered / applicable;
  const score = mean(scored.map((dimension) => dimension.score ?? 0));
  return {
    capabilities: results,
    dimensions,
    overall: {
      score,
      targetScore: mean(scored.map((dimension) => dimension.targetScore ?? 0)),
      coverage,
      provisional:
        score !== null &&
        (coverage === null || coverage < PROVISIONAL_COVERAGE || scored.length < dimensions.filter((d) => d.total > 0).length),
      missingDimensions: dimensions
        .filter((dimension) => dimension.total > 0 && dimension.score === null)
        .map((dimension) => dimension.dimension),
    },
  };
}
