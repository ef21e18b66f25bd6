import type { WorkspaceData } from '../../schemas/workspace';
import { withSortedKeys } from './sortedKeys';

/** The tables of a workspace, in the order files and previews list them. */
export const tableNames = [
  'assessments',
  'answers',
  'milestones',
  'useCases',
  'ratings',
  'weightProfiles',
  'reviews',
  'reviewAnswers',
  'auditLog',
  'templates',
] as const satisfies readonly (keyof WorkspaceData)[];
export type TableName = (typeof tableNames)[number];
type Row<T extends TableName> = WorkspaceData[T][number];

/** Each row's identity, as the database keys it (answers by assessment and capability, and so on). */
export function rowKey(table: TableName, row: Row<TableName>): string {
  const record = row as unknown as Record<string, unknown>;
  if (table === 'answers') return `${String(record['assessmentId'])}/${String(record['capabilityId'])}`;
  if (table === 'reviewAnswers') return `${String(record['reviewId'])}/${String(record['itemId'])}`;
  return String(record['id']);
}

/** What a table's rows are called in sentences. */
export const tableLabels: Record<TableName, { one: string; many: string }> = {
  assessments: { one: 'assessment', many: 'assessments' },
  answers: { one: 'assessment answer', many: 'assessment answers' },
  milestones: { one: 'milestone', many: 'milestones' },
  useCases: { one: 'use case', many: 'use cases' },
  ratings: { one: 'use-case rating', many: 'use-case ratings' },
  weightProfiles: { one: 'custom weight profile', many: 'custom weight profiles' },
  reviews: { one: 'governance review revision', many: 'governance review revisions' },
  reviewAnswers: { one: 'review answer', many: 'review answers' },
  auditLog: { one: 'audit log entry', many: 'audit log entries' },
  templates: { one: 'imported checklist template', many: 'imported checklist templates' },
};

export function countLabel(table: TableName, count: number): string {
  const label = tableLabels[table];
  return `${new Intl.NumberFormat('en-GB').format(count)} ${count === 1 ? label.one : label.many}`;
}

// A review's history reads in its own order (lineage, then seq), which is how its chain is checked.
export const sortKey = (table: TableName, row: Row<TableName>): string => {
  if (table !== 'auditLog') return rowKey(table, row);
  const entry = row as Row<'auditLog'>;
  return `${entry.lineageId}/${String(entry.seq).padStart(10, '0')}/${entry.id}`;
};

/** A table's rows ordered by key (the same rows, not copies). */
export function rowsByKey<T extends TableName>(table: T, rows: readonly Row<T>[]): Row<T>[] {
  const keyed = rows.map((row) => [sortKey(table, row), row] as const);
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return keyed.map(([, row]) => row);
}

/**
 * Rows of every table ordered by key, each with its fields in alphabetical order, so that the
 * same data always gives the same file (whatever order a form or an import wrote the fields in).
 */
export function sortedData(data: WorkspaceData): WorkspaceData {
  const sorted = {} as Record<TableName, unknown[]>;
  for (const table of tableNames) sorted[table] = withSortedKeys(rowsByKey(table, data[table])) as unknown[];
  return sorted as unknown as WorkspaceData;
}

/** A table's rows as a file writes them: JSON of the rows ordered by key, each with its keys sorted. */
export function tableJson(table: TableName, rows: readonly Row<TableName>[]): string {
  return JSON.stringify(withSortedKeys(rowsByKey(table, rows)));
}
