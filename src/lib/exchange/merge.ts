import type { AuditEntry, Review } from '../../schemas/governance';
import type { WorkspaceSettings } from '../../schemas/report';
import type { WorkspaceData } from '../../schemas/workspace';
import { canonicalJson } from '../canonical';
import { compareHistories, holdsAll, itemKey, itemsOf, type ItemKind, type ItemRows } from './mergeItems';
import { rowKey, tableNames, type TableName } from './tables';

/**
 * What an import does, decided by one pure, deterministic function so that every way data comes
 * in (a file today, a synchronised copy later) follows the same rules:
 *
 * - An item (an assessment with its answers, a milestone, a use case, a rating, a weight
 *   profile, a checklist template, a review with all its revisions, answers and history) that
 *   only the incoming data has is **added**; one whose every incoming record is already stored
 *   as it is is **unchanged** (records only the stored side has are never removed).
 * - A review whose incoming history continues the stored one (the stored entries are the first
 *   entries of the incoming history) is **changed**: the later copy is taken, which only appends
 *   to the history. If the stored history is the longer one, the stored copy is kept.
 * - Anything else with the same id and different content is a **conflict**, and the person picks:
 *   keep mine, take theirs (the incoming records are written over the stored ones; stored records
 *   the incoming copy lacks, such as answers it does not have, stay), or keep both (the incoming copy gets a new id, and the incoming
 *   records that point at it are pointed at the copy: answers and milestones at an assessment,
 *   ratings and reviews at a use case, the chosen profile at a weight profile).
 * - History is only ever appended. A review whose two histories parted (each has entries the
 *   other lacks) keeps the stored copy and is reported; so is an audit entry whose id is already
 *   used by a different entry. A signed-off revision is never replaced by a different one.
 *
 * Records keep their ids and timestamps, so running the same merge twice changes nothing.
 */
export type Resolution = 'keep-mine' | 'take-theirs' | 'keep-both';
export type ItemStatus = 'added' | 'unchanged' | 'changed' | 'conflict';

export interface PlanItem {
  key: string;
  kind: ItemKind;
  id: string;
  label: string;
  status: ItemStatus;
  /** For a conflict: the resolutions allowed (a parted history only allows "keep-mine"). */
  choices: Resolution[];
  /** What happens unless the person decides otherwise: the newer copy, or yours when unsure. */
  suggested: Resolution;
  /** Which side was changed last, from the items' timestamps. */
  newer: 'mine' | 'theirs' | 'same';
  /** Why the choices are limited, or what a "changed" item does, in a sentence. */
  note?: string;
}

interface TableCounts {
  added: number;
  unchanged: number;
  changed: number;
  conflicts: number;
}

export interface MergePlan {
  items: PlanItem[];
  tables: Record<TableName, TableCounts>;
  /** Incoming audit entries that can never be stored, with the reason (they are reported, never written). */
  refusedEntries: { id: string; lineageId: string; seq: number; reason: string }[];
}

export interface Decisions {
  /** The answer for every conflict not decided one by one ("apply to all"). */
  all?: Resolution;
  byItem?: Record<string, Resolution>;
}

export interface MergeOutcome {
  /** Rows to write (put) in each table. */
  put: WorkspaceData;
  /** Settings to store, or null to leave the stored settings as they are. */
  settings: WorkspaceSettings | null;
  /** The resolution that was applied to each conflict. */
  applied: Record<string, Resolution>;
}

const noCounts = (): TableCounts => ({ added: 0, unchanged: 0, changed: 0, conflicts: 0 });

export function planMerge(mine: WorkspaceData, theirs: WorkspaceData): MergePlan {
  const mineItems = itemsOf(mine);
  const theirItems = itemsOf(theirs);
  const items: PlanItem[] = [];
  for (const [key, incoming] of theirItems) items.push(planItem(key, mineItems.get(key), incoming));
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { items, tables: tableCounts(mine, theirs, items), refusedEntries: refusedEntries(mine, theirs, items) };
}

function planItem(key: string, stored: ItemRows | undefined, incoming: ItemRows): PlanItem {
  const base = { key, kind: incoming.kind, id: incoming.id, label: incoming.label };
  if (!stored) return { ...base, status: 'added', choices: [], suggested: 'take-theirs', newer: 'theirs' };
  if (holdsAll(stored, incoming)) return { ...base, status: 'unchanged', choices: [], suggested: 'keep-mine', newer: 'same' };
  const newer = newerSide(stored.updatedAt, incoming.updatedAt);
  const suggested: Resolution = newer === 'theirs' ? 'take-theirs' : 'keep-mine';
  if (incoming.kind !== 'review')
    return {
      ...base,
      status: 'conflict',
      choices: ['keep-mine', 'take-theirs', 'keep-both'],
      suggested,
      newer,
      ...(incoming.kind === 'assessment' ? { note: answerDifference(stored, incoming) } : {}),
    };

  // A review's copies: one side's history carries on the other's, or only the stored copy can be kept.
  const carriedOn = (side: 'mine' | 'theirs', note: string): PlanItem => ({
    ...base,
    status: 'changed',
    choices: [],
    suggested: side === 'mine' ? 'keep-mine' : 'take-theirs',
    newer: side,
    note,
  });
  const onlyMine = (note: string): PlanItem => ({
    ...base,
    status: 'conflict',
    choices: ['keep-mine'],
    suggested: 'keep-mine',
    newer,
    note,
  });
  const relation = compareHistories(auditOf(stored), auditOf(incoming));
  if (relation.kind === 'parted')
    return onlyMine(
      `The two histories of this review part at entry ${relation.atSeq}: each has entries the other lacks, and a history is never rewritten, so yours is kept.`,
    );
  if (relation.kind === 'mine-continue') return carriedOn('mine', 'Your copy has the later history, so it is kept.');
  if (signedOffDiffers(stored, incoming))
    return onlyMine('A signed-off revision differs between the two copies; a sign-off is never replaced, so yours is kept.');
  if (relation.kind === 'theirs-continue')
    return carriedOn('theirs', 'The incoming copy continues your history, so its later entries are added.');
  // Same history, different answers or records: changed outside the history on one side.
  return {
    ...base,
    status: 'conflict',
    choices: ['keep-mine', 'take-theirs'],
    suggested,
    newer,
    note: 'Both copies have the same history but their answers differ; a review cannot be kept twice under one history.',
  };
}

/** "Yours has 27 answers and the file 4; 2 of the 4 differ from yours." */
function answerDifference(stored: ItemRows, incoming: ItemRows): string {
  const mine = new Map((stored.rows.answers ?? []).map((row) => [rowKey('answers', row as never), canonicalJson(row)]));
  const theirs = incoming.rows.answers ?? [];
  const differ = theirs.filter((row) => {
    const before = mine.get(rowKey('answers', row as never));
    return before !== undefined && before !== canonicalJson(row);
  }).length;
  const only = theirs.filter((row) => !mine.has(rowKey('answers', row as never))).length;
  const plural = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;
  return `Yours has ${plural(mine.size)} and the file ${plural(theirs.length)}: ${differ} ${differ === 1 ? 'differs' : 'differ'} from yours and ${only} ${only === 1 ? 'is' : 'are'} new. Taking theirs keeps your other answers.`;
}

const auditOf = (item: ItemRows) => (item.rows.auditLog ?? []) as AuditEntry[];

function signedOffDiffers(stored: ItemRows, incoming: ItemRows): boolean {
  const theirs = new Map(((incoming.rows.reviews ?? []) as Review[]).map((review) => [review.id, review]));
  return ((stored.rows.reviews ?? []) as Review[]).some((review) => {
    if (review.signOff === null) return false;
    const other = theirs.get(review.id);
    return other === undefined || canonicalJson(other.signOff) !== canonicalJson(review.signOff);
  });
}

function newerSide(mine: string, theirs: string): 'mine' | 'theirs' | 'same' {
  const difference = Date.parse(theirs) - Date.parse(mine);
  return difference > 0 ? 'theirs' : difference < 0 ? 'mine' : 'same';
}

function tableCounts(mine: WorkspaceData, theirs: WorkspaceData, items: readonly PlanItem[]): Record<TableName, TableCounts> {
  const status = new Map(items.map((item) => [item.key, item.status]));
  const lineageOfReview = new Map([...mine.reviews, ...theirs.reviews].map((review) => [review.id, review.lineageId]));
  const owner = (table: TableName, row: unknown): string => {
    const record = row as Record<string, string>;
    switch (table) {
      case 'assessments':
        return itemKey('assessment', record['id'] ?? '');
      case 'answers':
        return itemKey('assessment', record['assessmentId'] ?? '');
      case 'reviews':
      case 'auditLog':
        return itemKey('review', record['lineageId'] ?? '');
      case 'reviewAnswers':
        return itemKey('review', lineageOfReview.get(record['reviewId'] ?? '') ?? '');
      default:
        return itemKey(singular[table], record['id'] ?? '');
    }
  };
  const counts = Object.fromEntries(tableNames.map((table) => [table, noCounts()])) as Record<TableName, TableCounts>;
  for (const table of tableNames) {
    const stored = new Map(mine[table].map((row) => [rowKey(table, row), canonicalJson(row)]));
    for (const row of theirs[table]) {
      const before = stored.get(rowKey(table, row));
      const tally = counts[table];
      if (before === undefined) tally.added += 1;
      else if (before === canonicalJson(row)) tally.unchanged += 1;
      else if (status.get(owner(table, row)) === 'changed') tally.changed += 1;
      else tally.conflicts += 1;
    }
  }
  return counts;
}

const singular: Record<TableName, ItemKind> = {
  assessments: 'assessment',
  answers: 'assessment',
  milestones: 'milestone',
  useCases: 'useCase',
  ratings: 'rating',
  weightProfiles: 'weightProfile',
  reviews: 'review',
  reviewAnswers: 'review',
  auditLog: 'review',
  templates: 'template',
};

function refusedEntries(mine: WorkspaceData, theirs: WorkspaceData, items: readonly PlanItem[]): MergePlan['refusedEntries'] {
  const stored = new Map(mine.auditLog.map((entry) => [entry.id, entry]));
  const keptMine = new Set(items.filter((item) => item.kind === 'review' && item.status === 'conflict').map((item) => item.id));
  const refused: MergePlan['refusedEntries'] = [];
  for (const entry of theirs.auditLog) {
    const existing = stored.get(entry.id);
    if (existing && canonicalJson(existing) !== canonicalJson(entry))
      refused.push({
        ...pick(entry),
        reason: 'an entry with the same id and different content is already stored; the stored entry is kept as it is',
      });
    else if (!existing && keptMine.has(entry.lineageId))
      refused.push({ ...pick(entry), reason: 'the history it belongs to has parted from yours, which is kept' });
  }
  return refused;
}

const pick = (entry: AuditEntry) => ({ id: entry.id, lineageId: entry.lineageId, seq: entry.seq });

export { applyMerge, freshId, resolutionOf } from './mergeApply';
