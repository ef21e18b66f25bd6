import type { CriterionWeights } from '../../schemas/backlogContent';
import {
  REPORT_FILE_TYPE,
  REPORT_FILE_VERSION,
  type Payload,
  type ProfileInForce,
  type ReportFile,
  type WorkspaceSettings,
} from '../../schemas/report';
import type { WorkspaceData } from '../../schemas/workspace';
import type { AuditEntry } from '../../schemas/governance';
import { contentUsed } from './content';
import { DEFAULT_WEIGHT_PROFILE_ID, RANKING_METHOD, SCORING_METHOD } from './methods';
import { rowsByKey, sortedData, tableNames, type TableName } from './tables';
import { withSortedKeys } from './sortedKeys';
import { emptyWorkspaceData } from '../workspaceData';

/** What to export: everything, or one part a person picked. */
export type ExportSelection =
  | { scope: 'workspace' }
  | { scope: 'assessment'; assessmentId: string }
  | { scope: 'backlog' }
  | { scope: 'review'; lineageId: string };

export interface ExportContext {
  portal: { name: string; version: string };
  /** The shipped weight presets (content), listed with the custom profiles as "in force". */
  presets: readonly { id: string; name: string; weights: CriterionWeights }[];
  now: Date;
  exportedBy?: string;
  title?: string;
}

/** A selection's tables, in the order its file lists them, with the rows as given (not yet ordered). */
interface Selected {
  scope: Payload['scope'];
  tables: Partial<WorkspaceData>;
  settings?: WorkspaceSettings;
}

/** The rows a selection takes, or null when the assessment or review picked is not in the data. */
function selectTables(selection: ExportSelection, all: WorkspaceData, settings: WorkspaceSettings): Selected | null {
  switch (selection.scope) {
    case 'workspace':
      return { scope: 'workspace', tables: Object.fromEntries(tableNames.map((table) => [table, all[table]])), settings };
    case 'backlog':
      return {
        scope: 'backlog',
        tables: { useCases: all.useCases, ratings: all.ratings, weightProfiles: all.weightProfiles },
        settings,
      };
    case 'assessment': {
      const assessments = all.assessments.filter((row) => row.id === selection.assessmentId);
      if (assessments.length === 0) return null;
      const mine = (row: { assessmentId: string }) => row.assessmentId === selection.assessmentId;
      return {
        scope: 'assessment',
        tables: { assessments, answers: all.answers.filter(mine), milestones: all.milestones.filter(mine) },
      };
    }
    case 'review': {
      const reviews = all.reviews.filter((row) => row.lineageId === selection.lineageId);
      if (reviews.length === 0) return null;
      const ids = new Set(reviews.map((row) => row.id));
      return {
        scope: 'review',
        tables: {
          reviews,
          reviewAnswers: all.reviewAnswers.filter((row) => ids.has(row.reviewId)),
          auditLog: all.auditLog.filter((row) => row.lineageId === selection.lineageId),
        },
      };
    }
  }
}

/** The tables a selection takes whole, whose JSON can be written before the rest of the file. */
export function wholeTables(selection: ExportSelection): readonly TableName[] {
  if (selection.scope === 'workspace') return tableNames;
  if (selection.scope === 'backlog') return ['useCases', 'ratings', 'weightProfiles'];
  return [];
}

/** A table's rows in the order its file lists them. */
function orderedRows(scope: Payload['scope'], table: TableName, rows: readonly unknown[]): unknown[] {
  const ordered = rowsByKey(table, rows as WorkspaceData[TableName]);
  // One review's history is listed in its own order (seq), which is the order its hash chain is read in.
  return scope === 'review' && table === 'auditLog' ? (ordered as AuditEntry[]).sort((a, b) => a.seq - b.seq) : ordered;
}

const selectedTables = (selected: Selected) => Object.entries(selected.tables) as [TableName, unknown[]][];

function profilesInForce(context: Pick<ExportContext, 'presets'>, data: Pick<WorkspaceData, 'weightProfiles'>): ProfileInForce[] {
  return [
    ...context.presets.map((preset) => ({ id: preset.id, name: preset.name, kind: 'preset' as const, weights: preset.weights })),
    ...sortedData({ ...emptyWorkspaceData(), weightProfiles: data.weightProfiles }).weightProfiles.map((profile) => ({
      id: profile.id,
      name: profile.name,
      kind: 'custom' as const,
      weights: profile.weights,
    })),
  ];
}

/** Everything in a file before its payload. */
async function envelopeFor(
  selected: Selected,
  data: WorkspaceData,
  settings: WorkspaceSettings,
  context: ExportContext,
): Promise<Omit<ReportFile, 'payload'>> {
  return {
    type: REPORT_FILE_TYPE,
    version: REPORT_FILE_VERSION,
    exportedAt: context.now.toISOString(),
    portal: context.portal,
    ...(context.exportedBy?.trim() ? { exportedBy: context.exportedBy.trim() } : {}),
    ...(context.title ? { title: context.title } : {}),
    content: await contentUsed(selected.tables),
    methods: {
      scoring: SCORING_METHOD,
      ranking: RANKING_METHOD,
      weightProfiles: profilesInForce(context, data),
      activeWeightProfileId: settings.weightProfileId ?? DEFAULT_WEIGHT_PROFILE_ID,
    },
  };
}

/** Builds the file for a selection. Everything but `exportedAt` follows from the data, so the same data gives the same file. */
export async function buildExport(
  selection: ExportSelection,
  data: WorkspaceData,
  settings: WorkspaceSettings,
  context: ExportContext,
): Promise<ReportFile | null> {
  const selected = selectTables(selection, data, settings);
  if (!selected) return null;
  const tables = selectedTables(selected).map(([table, rows]) => [
    table,
    withSortedKeys(orderedRows(selected.scope, table, rows)),
  ]);
  const payload = {
    scope: selected.scope,
    data: Object.fromEntries(tables),
    ...(selected.settings ? { settings: selected.settings } : {}),
  } as Payload;
  return { ...(await envelopeFor(selected, data, settings, context)), payload };
}

/**
 * The same file as text, in pieces that joined are `JSON.stringify(buildExport(...))` and a
 * newline. A whole workspace is tens of thousands of rows: each table is written as JSON straight
 * from its rows (no sorted copy of every row), and `written` holds the JSON of tables the
 * selection takes whole, made while the other tables were still being read.
 */
export async function exportParts<T = never>(
  selection: ExportSelection,
  data: WorkspaceData,
  settings: WorkspaceSettings,
  context: ExportContext,
  written: Partial<Record<TableName, T | undefined>> = {},
): Promise<(string | T)[] | null> {
  const selected = selectTables(selection, data, settings);
  if (!selected) return null;
  const whole = wholeTables(selection);
  const envelope = JSON.stringify(await envelopeFor(selected, data, settings, context));
  const parts: (string | T)[] = [`${envelope.slice(0, -1)},"payload":{"scope":${JSON.stringify(selected.scope)},"data":{`];
  selectedTables(selected).forEach(([table, rows], index) => {
    parts.push(`${index === 0 ? '' : ','}${JSON.stringify(table)}:`);
    const made = whole.includes(table) ? written[table] : undefined;
    parts.push(made ?? JSON.stringify(withSortedKeys(orderedRows(selected.scope, table, rows))));
  });
  parts.push(`}${selected.settings ? `,"settings":${JSON.stringify(selected.settings)}` : ''}}}\n`);
  return parts;
}

/** A file name for a download, e.g. "mlops-portal-workspace-2026-11-24.json". */
export function exportFileName(selection: ExportSelection, now: Date): string {
  return `mlops-portal-${selection.scope}-${now.toISOString().slice(0, 10)}.json`;
}
