/**
 * The maturity and change sections of the steering report, as plain data: the same numbers the
 * assessment's results page shows (src/lib/scoring.ts, roadmap.ts, compare.ts, maturityScale.ts).
 */
import type { Answer, Assessment } from '../../schemas/assessment';
import type { Capability, DimensionId } from '../../schemas/questionnaire';
import { compareWithMilestone, type Movement } from '../compare';
import { indicativeLevel } from '../maturityScale';
import { buildRoadmap } from '../roadmap';
import { scoreAssessment, type CapabilityState } from '../scoring';
import { describeState } from './answerText';
import type { NameMode } from './respondents';

interface DimensionLine {
  dimension: DimensionId;
  title: string;
  score: number | null;
  targetScore: number | null;
  coverage: number | null;
  provisional: boolean;
}

interface ProfileLine {
  title: string;
  dimensionTitle: string;
  state: CapabilityState;
  level: number | null;
  target: number | null;
}

interface GapLine {
  title: string;
  current: number;
  target: number;
  priority: number;
  /** The step to the next level. */
  step: string;
}

export interface MaturitySection {
  assessmentName: string;
  organisation: string;
  team: string;
  respondent: string;
  date: string;
  overall: { score: number | null; targetScore: number | null; coverage: number | null; provisional: boolean };
  indicative: { level: number; name: string } | null;
  dimensions: DimensionLine[];
  profile: ProfileLine[];
  /** The roadmap's first entries, largest gap × weight first. */
  topGaps: GapLine[];
  /** How many roadmap entries there are in all. */
  roadmapLength: number;
  /** Capabilities with a target but answered "don't know": find out first. */
  findOutFirst: string[];
}

interface ChangeLine {
  title: string;
  movement: Movement;
  before: string;
  after: string;
}

export interface ChangesSection {
  assessmentName: string;
  milestoneName: string;
  milestoneDate: string;
  overall: { before: number | null; after: number | null; delta: number | null };
  dimensions: { title: string; before: number | null; after: number | null; delta: number | null }[];
  counts: Record<Movement, number>;
  /** Capabilities whose answer moved, in questionnaire order. */
  changed: ChangeLine[];
}

export interface QuestionnaireForReport {
  title: string;
  version: string;
  dimensions: readonly { id: DimensionId; title: string }[];
  capabilities: readonly Capability[];
}

const TOP_GAPS = 5;

type Scored = Pick<Answer, 'capabilityId' | 'state' | 'level' | 'target'>;

const dimensionTitle = (questionnaire: QuestionnaireForReport, id: DimensionId) =>
  questionnaire.dimensions.find((dimension) => dimension.id === id)?.title ?? id;

export function maturitySection(
  questionnaire: QuestionnaireForReport,
  assessment: Assessment,
  answers: readonly Scored[],
  nameMode: NameMode = 'named',
): MaturitySection {
  const summary = scoreAssessment(questionnaire.capabilities, answers);
  const roadmap = buildRoadmap(questionnaire.capabilities, summary.capabilities);
  const indicative = indicativeLevel(summary.overall.score);
  const titles = new Map(questionnaire.capabilities.map((capability) => [capability.id, capability]));
  return {
    assessmentName: assessment.name,
    organisation: assessment.organisation,
    team: assessment.team,
    // An anonymous report names nobody, not even the author of the summarised assessment.
    respondent: nameMode === 'anonymous' ? '' : [assessment.respondentName, assessment.respondentRole].filter(Boolean).join(', '),
    date: assessment.date,
    overall: {
      score: summary.overall.score,
      targetScore: summary.overall.targetScore,
      coverage: summary.overall.coverage,
      provisional: summary.overall.provisional,
    },
    indicative: indicative ? { level: indicative.level, name: indicative.name } : null,
    dimensions: summary.dimensions.map((dimension) => ({
      dimension: dimension.dimension,
      title: dimensionTitle(questionnaire, dimension.dimension),
      score: dimension.score,
      targetScore: dimension.targetScore,
      coverage: dimension.coverage,
      provisional: dimension.provisional,
    })),
    profile: summary.capabilities.map((result) => {
      const capability = titles.get(result.capabilityId);
      return {
        title: capability?.title ?? result.capabilityId,
        dimensionTitle: dimensionTitle(questionnaire, result.dimension),
        state: result.state,
        level: result.level,
        target: result.target,
      };
    }),
    topGaps: roadmap.items.slice(0, TOP_GAPS).map((item) => ({
      title: item.capability.title,
      current: item.current,
      target: item.target,
      priority: item.priority,
      step: item.steps[0]?.action ?? '',
    })),
    roadmapLength: roadmap.items.length,
    findOutFirst: roadmap.unknown.map((capability) => capability.title),
  };
}

export function changesSection(
  questionnaire: QuestionnaireForReport,
  assessmentName: string,
  milestone: { name: string; date: string; answers: readonly Scored[] },
  current: readonly Scored[],
): ChangesSection {
  const comparison = compareWithMilestone(questionnaire.capabilities, milestone.answers, current);
  const titles = new Map(questionnaire.capabilities.map((capability) => [capability.id, capability.title]));
  return {
    assessmentName,
    milestoneName: milestone.name,
    milestoneDate: milestone.date,
    overall: comparison.overall,
    dimensions: comparison.dimensions.map((dimension) => ({
      title: dimensionTitle(questionnaire, dimension.dimension),
      before: dimension.before,
      after: dimension.after,
      delta: dimension.delta,
    })),
    counts: comparison.counts,
    changed: comparison.capabilities
      .filter((change) => change.movement !== 'same')
      .map((change) => ({
        title: titles.get(change.capabilityId) ?? change.capabilityId,
        movement: change.movement,
        before: describeState(change.before.state, change.before.level),
        after: describeState(change.after.state, change.after.level),
      })),
  };
}
