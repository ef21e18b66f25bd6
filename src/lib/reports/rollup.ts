/**
 * The team roll-up: many respondents' answers to one questionnaire, brought together.
 *
 * - Per capability: the **median** level of those who gave a level (with an even number, the
 *   midpoint of the two middle levels), the lowest and highest level, how many gave each level
 *   (the distribution), and how many answered "don't know", "not applicable" or nothing at all.
 *   "Don't know" and "not applicable" are counted, never turned into a level.
 * - A capability is flagged as a **disagreement** when the highest and lowest levels given are 2
 *   or more apart: the median hides such a split, the flag does not. The same threshold flags
 *   raters' disagreements in the backlog.
 * - Per dimension and overall: each respondent's own score is computed exactly as on their results
 *   page (src/lib/scoring.ts), and the roll-up shows the median of those scores, with the range.
 * - Answers are matched to the questionnaire by capability id, whichever version a respondent
 *   answered. Capabilities answered in an older version but no longer in the questionnaire are
 *   listed after the others with their answers; capabilities that nobody on an older version
 *   answered are reported as probably added since. Nothing is dropped without saying so.
 * - The organisation as a whole is the roll-up of every respondent of the group; each team's
 *   roll-up uses only its own respondents.
 */
import type { DimensionId } from '../../schemas/enums';
import { dimensionIds } from '../../schemas/enums';
import { DISAGREEMENT_SPREAD, median } from '../backlog/aggregate';
import { scoreAssessment, type CapabilityState, type ScoredCapability } from '../scoring';
import { teamLabel, type AnswerLike, type Respondent } from './respondents';

export type RollupCapability = ScoredCapability & { title: string };

interface RespondentAnswer {
  respondentId: string;
  state: CapabilityState;
  level: number | null;
}

export interface CapabilityRollup {
  capabilityId: string;
  title: string;
  /** Null for a capability that is no longer in the questionnaire. */
  dimension: DimensionId | null;
  inQuestionnaire: boolean;
  /** Respondents the capability was put to (for one no longer asked: those who answered it). */
  respondents: number;
  withLevel: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  median: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  /** How many respondents gave level 0, 1, 2, 3 and 4. */
  distribution: number[];
  disagreement: boolean;
  answers: RespondentAnswer[];
}

export interface ScoreSpread {
  median: number | null;
  min: number | null;
  max: number | null;
  /** Respondents who have a score here. */
  respondents: number;
}

interface Rollup {
  respondents: number;
  capabilities: CapabilityRollup[];
  dimensions: (ScoreSpread & { dimension: DimensionId })[];
  overall: ScoreSpread;
  /** Flagged capabilities, widest spread first, then in questionnaire order. */
  disagreements: CapabilityRollup[];
}

interface TeamRollup {
  team: string;
  label: string;
  rollup: Rollup;
}

interface VersionNote {
  version: string;
  hash: string;
  respondentIds: string[];
  /** True when the version number matches but the wording (content hash) differs. */
  wordingChanged: boolean;
  /** Capabilities of today's questionnaire that no respondent of this version answered. */
  notAnswered: string[];
  /** Capabilities answered in this version that today's questionnaire no longer has. */
  removed: string[];
}

interface GroupRollup {
  organisation: Rollup;
  teams: TeamRollup[];
  versions: VersionNote[];
}

export interface QuestionnaireFrame {
  version: string;
  hash: string;
  capabilities: readonly RollupCapability[];
}

interface Prepared {
  respondent: Respondent;
  byCapability: Map<string, AnswerLike>;
  dimensionScores: Map<DimensionId, number | null>;
  overall: number | null;
}

function prepare(capabilities: readonly ScoredCapability[], respondent: Respondent): Prepared {
  const summary = scoreAssessment(capabilities, respondent.answers);
  return {
    respondent,
    byCapability: new Map(respondent.answers.map((answer) => [answer.capabilityId, answer])),
    dimensionScores: new Map(summary.dimensions.map((d) => [d.dimension, d.score])),
    overall: summary.overall.score,
  };
}

function spreadOf(values: readonly number[]): ScoreSpread {
  if (values.length === 0) return { median: null, min: null, max: null, respondents: 0 };
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), respondents: values.length };
}

function capabilityRollup(
  capability: { id: string; title: string; dimension: DimensionId | null },
  prepared: readonly Prepared[],
): CapabilityRollup {
  const inQuestionnaire = capability.dimension !== null;
  const answers: RespondentAnswer[] = [];
  const levels: number[] = [];
  const distribution = [0, 0, 0, 0, 0];
  const counts = { dontKnow: 0, notApplicable: 0, unanswered: 0 };
  for (const { respondent, byCapability } of prepared) {
    const answer = byCapability.get(capability.id);
    const state: CapabilityState = answer?.state ?? 'unanswered';
    // A capability no longer asked counts only those who answered it.
    if (!inQuestionnaire && state === 'unanswered') continue;
    const level = state === 'level' ? (answer?.level ?? null) : null;
    answers.push({ respondentId: respondent.id, state, level });
    if (level !== null) {
      levels.push(level);
      distribution[level] = (distribution[level] ?? 0) + 1;
    } else if (state === 'dont-know') counts.dontKnow += 1;
    else if (state === 'not-applicable') counts.notApplicable += 1;
    else counts.unanswered += 1;
  }
  const min = levels.length ? Math.min(...levels) : null;
  const max = levels.length ? Math.max(...levels) : null;
  const spread = min === null || max === null ? null : max - min;
  return {
    capabilityId: capability.id,
    title: capability.title,
    dimension: capability.dimension,
    inQuestionnaire,
    respondents: answers.length,
    withLevel: levels.length,
    ...counts,
    median: median(levels),
    min,
    max,
    spread,
    distribution,
    disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD,
    answers,
  };
}

function rollUpPrepared(capabilities: readonly RollupCapability[], prepared: readonly Prepared[]): Rollup {
  const known = new Set(capabilities.map((capability) => capability.id));
  const removed = new Set<string>();
  for (const { respondent } of prepared)
    for (const answer of respondent.answers) if (!known.has(answer.capabilityId)) removed.add(answer.capabilityId);
  const rows = [
    ...capabilities.map((capability) => capabilityRollup(capability, prepared)),
    ...[...removed].sort().map((id) => capabilityRollup({ id, title: id, dimension: null }, prepared)),
  ];
  const order = new Map(rows.map((row, index) => [row.capabilityId, index]));
  const scores = (pick: (item: Prepared) => number | null) =>
    spreadOf(prepared.map(pick).filter((value): value is number => value !== null));
  return {
    respondents: prepared.length,
    capabilities: rows,
    dimensions: dimensionIds.map((dimension) => ({
      dimension,
      ...scores((item) => item.dimensionScores.get(dimension) ?? null),
    })),
    overall: scores((item) => item.overall),
    disagreements: rows
      .filter((row) => row.disagreement)
      .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0) || (order.get(a.capabilityId) ?? 0) - (order.get(b.capabilityId) ?? 0)),
  };
}

/** The roll-up of a set of respondents (all of them one questionnaire's, ideally one round's). */
export function rollUp(capabilities: readonly RollupCapability[], respondents: readonly Respondent[]): Rollup {
  return rollUpPrepared(
    capabilities,
    respondents.map((respondent) => prepare(capabilities, respondent)),
  );
}

function versionNotes(frame: QuestionnaireFrame, respondents: readonly Respondent[]): VersionNote[] {
  const byHash = new Map<string, Respondent[]>();
  for (const respondent of respondents) {
    if (respondent.questionnaire.hash === frame.hash) continue;
    const list = byHash.get(respondent.questionnaire.hash);
    if (list) list.push(respondent);
    else byHash.set(respondent.questionnaire.hash, [respondent]);
  }
  const known = new Set(frame.capabilities.map((capability) => capability.id));
  return [...byHash.values()]
    .map((list) => {
      const answered = new Set(list.flatMap((respondent) => respondent.answers.map((answer) => answer.capabilityId)));
      const first = list[0]?.questionnaire ?? { version: '', hash: '' };
      return {
        version: first.version,
        hash: first.hash,
        respondentIds: list.map((respondent) => respondent.id),
        wordingChanged: first.version === frame.version,
        notAnswered: frame.capabilities.filter((capability) => !answered.has(capability.id)).map((capability) => capability.id),
        removed: [...answered].filter((id) => !known.has(id)).sort(),
      };
    })
    .sort((a, b) => a.version.localeCompare(b.version) || a.hash.localeCompare(b.hash));
}

/** The organisation as a whole, each team side by side (teams in name order), and the versions answered. */
export function rollUpGroup(frame: QuestionnaireFrame, respondents: readonly Respondent[]): GroupRollup {
  // Each respondent is scored once and reused by the organisation and the team roll-ups.
  const prepared = respondents.map((respondent) => prepare(frame.capabilities, respondent));
  const byTeam = new Map<string, Prepared[]>();
  for (const item of prepared) {
    const list = byTeam.get(item.respondent.team);
    if (list) list.push(item);
    else byTeam.set(item.respondent.team, [item]);
  }
  const teams = [...byTeam.entries()]
    .sort(([a], [b]) => Number(a === '') - Number(b === '') || a.localeCompare(b))
    .map(([team, list]) => ({ team, label: teamLabel(team), rollup: rollUpPrepared(frame.capabilities, list) }));
  return {
    organisation: rollUpPrepared(frame.capabilities, prepared),
    teams,
    versions: versionNotes(frame, respondents),
  };
}
