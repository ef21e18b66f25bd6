import type { Answer } from '../schemas/assessment';
import type { Capability } from '../schemas/questionnaire';
import type { QuickCheck } from '../schemas/quickCheck';
import type { DimensionId } from '../schemas/enums';
import { indicativeLevel, type ScaleLevel } from './maturityScale';
import { scoreAssessment, type ScoreSummary } from './scoring';

/**
 * How the quick check turns about ten answers into an estimate.
 *
 * Each answer suggests a level (0 to 4) for the capabilities its question informs; "we do not
 * use them" suggests none. A capability informed by several answered questions takes the mean
 * of their levels, rounded down, so an estimate never flatters. The estimated levels are then
 * scored exactly like a full assessment: dimension scores are weighted means, the overall score
 * is the mean of the three dimensions, and the indicative level is the overall score rounded
 * down. Capabilities no answer informs stay unanswered and lower coverage, not the score.
 *
 * "Look at first": the questions answered with the lowest level come first (ties keep the order
 * of the questions); from each, the capability with the greatest weight it informs, until three
 * are named. Taking one capability per question keeps the advice from repeating one topic.
 */
export type QuickAnswers = Readonly<Record<string, number>>;

interface FocusCapability {
  capabilityId: string;
  title: string;
  level: number;
  /** The step from the estimated level to the next one, from the questionnaire. */
  next: string | null;
  questionId: string;
}

interface QuickResult {
  answered: number;
  total: number;
  /** Estimated level per capability, for the capabilities an answer informs. */
  estimates: Map<string, number>;
  score: ScoreSummary;
  indicative: ScaleLevel | null;
  dimensions: { id: DimensionId; score: number | null }[];
  focus: FocusCapability[];
}

type Scored = Pick<Capability, 'id' | 'dimension' | 'weight' | 'title' | 'levels'>;

/** The chosen answer of each question: its index in the question's answers. */
function chosen(check: QuickCheck, answers: QuickAnswers) {
  return check.questions.flatMap((question) => {
    const index = answers[question.id];
    const answer = index === undefined ? undefined : question.answers[index];
    return answer ? [{ question, answer }] : [];
  });
}

export function estimateLevels(check: QuickCheck, answers: QuickAnswers, known: ReadonlySet<string>): Map<string, number> {
  const levels = new Map<string, number[]>();
  for (const { question, answer } of chosen(check, answers)) {
    if (answer.level === null) continue;
    for (const id of question.informs.filter((capabilityId) => known.has(capabilityId))) {
      levels.set(id, [...(levels.get(id) ?? []), answer.level]);
    }
  }
  return new Map([...levels].map(([id, values]) => [id, Math.floor(values.reduce((a, b) => a + b, 0) / values.length)]));
}

export function quickResult(check: QuickCheck, answers: QuickAnswers, capabilities: readonly Scored[]): QuickResult {
  const byId = new Map(capabilities.map((capability) => [capability.id, capability]));
  const estimates = estimateLevels(check, answers, new Set(byId.keys()));
  const score = scoreAssessment(
    capabilities,
    [...estimates].map(([capabilityId, level]) => ({ capabilityId, state: 'level' as const, level, target: null })),
  );
  const ranked = chosen(check, answers)
    .map((entry, position) => ({ ...entry, position }))
    .filter((entry) => entry.answer.level !== null)
    .sort((a, b) => (a.answer.level ?? 0) - (b.answer.level ?? 0) || a.position - b.position);
  const focus: FocusCapability[] = [];
  for (const { question } of ranked) {
    if (focus.length === 3) break;
    const candidates = question.informs
      .flatMap((id) => byId.get(id) ?? [])
      .filter((capability) => !focus.some((f) => f.capabilityId === capability.id))
      .sort((a, b) => b.weight - a.weight);
    const pick = candidates[0];
    if (!pick) continue;
    const level = estimates.get(pick.id) ?? 0;
    focus.push({
      capabilityId: pick.id,
      title: pick.title,
      level,
      next: pick.levels[level]?.next ?? null,
      questionId: question.id,
    });
  }
  return {
    answered: chosen(check, answers).length,
    total: check.questions.length,
    estimates,
    score,
    indicative: indicativeLevel(score.overall.score),
    dimensions: score.dimensions.map((dimension) => ({ id: dimension.dimension, score: dimension.score })),
    focus,
  };
}

/**
 * The answers a full assessment starts with when it is seeded from the quick check: one per
 * estimated capability, marked as an estimate with low confidence, and a note saying which
 * quick-check answers it came from. The person confirms or changes each one.
 */
export function seededAnswers(
  check: QuickCheck,
  answers: QuickAnswers,
  capabilityIds: readonly string[],
  assessmentId: string,
  at: string,
): Answer[] {
  const estimates = estimateLevels(check, answers, new Set(capabilityIds));
  const sources = new Map<string, string[]>();
  for (const { question, answer } of chosen(check, answers)) {
    if (answer.level === null) continue;
    for (const id of question.informs) sources.set(id, [...(sources.get(id) ?? []), `“${question.text}” ${answer.label}.`]);
  }
  return capabilityIds.flatMap((capabilityId) => {
    const level = estimates.get(capabilityId);
    if (level === undefined) return [];
    return [
      {
        assessmentId,
        capabilityId,
        state: 'level' as const,
        level,
        naReason: '',
        confidence: 'low' as const,
        target: null,
        notes: `Estimated from the quick check:\n\n${(sources.get(capabilityId) ?? []).map((line) => `- ${line}`).join('\n')}`,
        evidence: [],
        estimate: true as const,
        updatedAt: at,
      },
    ];
  });
}
