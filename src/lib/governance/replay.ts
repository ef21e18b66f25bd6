import type { AuditEntry, Review, ReviewAnswer } from '../../schemas/governance';
import { canonicalJson } from '../canonical';
import { auditedFields, blankAudited, type AuditedAnswer } from './answerFields';

export type ReplayCheck = { matches: true } | { matches: false; itemId: string | null; reason: string };

/**
 * Replays a lineage's history and compares the result with what is stored for its current
 * revision. The hash chain cannot see a change to its last entry, nor an answer edited without
 * an entry; replaying catches both, because the stored answer then differs from the history.
 */
export function replayMatches(
  entries: readonly AuditEntry[],
  current: Pick<Review, 'id' | 'status' | 'signOff'>,
  answers: readonly ReviewAnswer[],
): ReplayCheck {
  const expected = new Map<string, AuditedAnswer>();
  let signOff: unknown = null;
  for (const entry of entries) {
    if (entry.action === 'answer-changed' && entry.itemId !== null && isRecord(entry.after)) {
      expected.set(entry.itemId, { ...(expected.get(entry.itemId) ?? blankAudited()), ...pickAudited(entry.after) });
    }
    if (entry.action === 'signed-off' && isRecord(entry.after)) signOff = entry.after['signOff'] ?? null;
    if (entry.action === 'reopened') signOff = null;
  }

  const stored = new Map(answers.filter((answer) => answer.reviewId === current.id).map((answer) => [answer.itemId, answer]));
  for (const itemId of new Set([...expected.keys(), ...stored.keys()])) {
    const want = expected.get(itemId) ?? blankAudited();
    const have = stored.get(itemId);
    for (const field of auditedFields) {
      if (canonicalJson(have?.[field] ?? blankAudited()[field]) !== canonicalJson(want[field])) {
        return {
          matches: false,
          itemId,
          reason: `the stored ${field} of item “${itemId}” differs from what the history records`,
        };
      }
    }
  }
  if (canonicalJson(current.signOff) !== canonicalJson(signOff)) {
    return { matches: false, itemId: null, reason: 'the stored sign-off differs from what the history records' };
  }
  return { matches: true };
}

function pickAudited(value: Record<string, unknown>): Partial<AuditedAnswer> {
  return Object.fromEntries(
    auditedFields.filter((field) => field in value).map((field) => [field, value[field]]),
  ) as Partial<AuditedAnswer>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
