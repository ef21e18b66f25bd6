import type { AuditEntry } from '../../schemas/governance';
import type { WorkspaceData } from '../../schemas/workspace';
import { canonicalJson } from '../canonical';
import { rowKey, type TableName } from './tables';

/**
 * The units an import compares and a person decides on. An assessment travels with its answers
 * (an assessment holds one answer per capability, so answers cannot be kept twice on their own);
 * a review travels as its whole lineage: every revision, their answers and the audit history,
 * because the history is a hash chain that only makes sense whole.
 */
export const itemKinds = ['assessment', 'milestone', 'useCase', 'rating', 'weightProfile', 'template', 'review'] as const;
export type ItemKind = (typeof itemKinds)[number];

export interface ItemRows {
  kind: ItemKind;
  /** The assessment's, use case's… id; for a review, its lineage id. */
  id: string;
  label: string;
  /** The latest time anything in the item was changed (for suggesting which copy is newer). */
  updatedAt: string;
  rows: Partial<Record<TableName, unknown[]>>;
}

const latest = (times: readonly string[]) =>
  times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), '1970-01-01T00:00:00.000Z');

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const id = key(row);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/** Splits a workspace into items, keyed "kind:id". */
export function itemsOf(data: WorkspaceData): Map<string, ItemRows> {
  const items = new Map<string, ItemRows>();
  const add = (item: ItemRows) => items.set(itemKey(item.kind, item.id), item);
  const answers = groupBy(data.answers, (row) => row.assessmentId);
  for (const assessment of data.assessments) {
    const own = answers.get(assessment.id) ?? [];
    add({
      kind: 'assessment',
      id: assessment.id,
      label: assessment.name,
      updatedAt: latest([assessment.updatedAt, ...own.map((row) => row.updatedAt)]),
      rows: { assessments: [assessment], answers: own },
    });
  }
  for (const row of data.milestones)
    add({ kind: 'milestone', id: row.id, label: row.name, updatedAt: row.createdAt, rows: { milestones: [row] } });
  for (const row of data.useCases)
    add({ kind: 'useCase', id: row.id, label: row.title, updatedAt: row.updatedAt, rows: { useCases: [row] } });
  for (const row of data.ratings)
    add({ kind: 'rating', id: row.id, label: `rating by ${row.raterName}`, updatedAt: row.updatedAt, rows: { ratings: [row] } });
  for (const row of data.weightProfiles)
    add({ kind: 'weightProfile', id: row.id, label: row.name, updatedAt: row.updatedAt, rows: { weightProfiles: [row] } });
  for (const row of data.templates)
    add({ kind: 'template', id: row.id, label: row.template.title, updatedAt: row.importedAt, rows: { templates: [row] } });

  const reviewAnswers = groupBy(data.reviewAnswers, (row) => row.reviewId);
  const logs = groupBy(data.auditLog, (row) => row.lineageId);
  for (const [lineageId, revisions] of groupBy(data.reviews, (row) => row.lineageId)) {
    const sorted = [...revisions].sort((a, b) => a.revision - b.revision);
    const last = sorted[sorted.length - 1];
    const own = sorted.flatMap((review) => reviewAnswers.get(review.id) ?? []);
    const log = [...(logs.get(lineageId) ?? [])].sort((a, b) => a.seq - b.seq);
    add({
      kind: 'review',
      id: lineageId,
      label: last
        ? `${last.template.title}: ${last.subject.kind === 'model' ? last.subject.name : (last.useCaseSnapshot?.title ?? 'use case')}`
        : lineageId,
      updatedAt: latest([
        ...sorted.map((row) => row.updatedAt),
        ...own.map((row) => row.answeredAt),
        ...log.map((row) => row.at),
      ]),
      rows: { reviews: sorted, reviewAnswers: own, auditLog: log },
    });
  }
  return items;
}

export const itemKey = (kind: ItemKind, id: string) => `${kind}:${id}`;

/**
 * True when everything the incoming item holds is already stored, identically. Records only the
 * stored side has (an answer given since the file was exported) do not make a difference: an
 * import never removes anything.
 */
export function holdsAll(stored: ItemRows, incoming: ItemRows): boolean {
  return Object.entries(incoming.rows).every(([table, rows]) => {
    const name = table as TableName;
    const mine = new Map((stored.rows[name] ?? []).map((row) => [rowKey(name, row as never), canonicalJson(row)]));
    return (rows ?? []).every((row) => mine.get(rowKey(name, row as never)) === canonicalJson(row));
  });
}

/** How two histories of one review relate: equal, one continuing the other, or parted. */
type HistoryRelation =
  { kind: 'same' } | { kind: 'theirs-continue' } | { kind: 'mine-continue' } | { kind: 'parted'; atSeq: number };

export function compareHistories(mine: readonly AuditEntry[], theirs: readonly AuditEntry[]): HistoryRelation {
  const shorter = Math.min(mine.length, theirs.length);
  for (let index = 0; index < shorter; index += 1) {
    if (canonicalJson(mine[index]) !== canonicalJson(theirs[index]))
      return { kind: 'parted', atSeq: mine[index]?.seq ?? index + 1 };
  }
  if (mine.length === theirs.length) return { kind: 'same' };
  return theirs.length > mine.length ? { kind: 'theirs-continue' } : { kind: 'mine-continue' };
}
