/**
 * Answer by answer, what differs between two sets of answers to the same questionnaire: two
 * milestones, two assessments, or two imported files (each file brings its own assessment). The
 * movement per capability and the scores are those of the milestone comparison
 * (src/lib/compare.ts); this adds what else changed in each answer (target, confidence, notes,
 * evidence) and the answers whose capability today's questionnaire no longer has.
 */
import type { Answer } from '../../schemas/assessment';
import { compareWithMilestone, type CapabilityChange, type Comparison } from '../compare';
import type { ScoredCapability } from '../scoring';

type ComparedAnswer = Pick<Answer, 'capabilityId' | 'state' | 'level' | 'target' | 'confidence' | 'notes' | 'evidence'>;

type AnswerField = 'answer' | 'target' | 'confidence' | 'notes' | 'evidence';

interface AnswerDifference extends CapabilityChange {
  /** What differs, in the order a reader would check it; empty when the two answers are the same. */
  fields: AnswerField[];
}

interface AnswerDiff {
  comparison: Comparison;
  differences: AnswerDifference[];
  /** Capability ids answered on either side that the questionnaire no longer has. */
  unmatched: { capabilityId: string; inFirst: boolean; inSecond: boolean }[];
}

const evidenceKey = (answer: ComparedAnswer | undefined) =>
  (answer?.evidence ?? [])
    .map((link) => link.url)
    .sort()
    .join('\n');

export function diffAnswers(
  capabilities: readonly ScoredCapability[],
  first: readonly ComparedAnswer[],
  second: readonly ComparedAnswer[],
): AnswerDiff {
  const comparison = compareWithMilestone(capabilities, first, second);
  const before = new Map(first.map((answer) => [answer.capabilityId, answer]));
  const after = new Map(second.map((answer) => [answer.capabilityId, answer]));
  const differences = comparison.capabilities.map((change): AnswerDifference => {
    const a = before.get(change.capabilityId);
    const b = after.get(change.capabilityId);
    const fields: AnswerField[] = [];
    if (change.before.state !== change.after.state || change.before.level !== change.after.level) fields.push('answer');
    if ((a?.target ?? null) !== (b?.target ?? null)) fields.push('target');
    if ((a?.confidence ?? null) !== (b?.confidence ?? null)) fields.push('confidence');
    if ((a?.notes ?? '').trim() !== (b?.notes ?? '').trim()) fields.push('notes');
    if (evidenceKey(a) !== evidenceKey(b)) fields.push('evidence');
    return { ...change, fields };
  });
  const known = new Set(capabilities.map((capability) => capability.id));
  const unmatchedIds = new Set([...before.keys(), ...after.keys()].filter((id) => !known.has(id)));
  return {
    comparison,
    differences,
    unmatched: [...unmatchedIds]
      .sort()
      .map((capabilityId) => ({ capabilityId, inFirst: before.has(capabilityId), inSecond: after.has(capabilityId) })),
  };
}
