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
import { contentUsed } from './content';
import { DEFAULT_WEIGHT_PROFILE_ID, RANKING_METHOD, SCORING_METHOD } from './methods';
import { sortedData } from './tables';
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

/** The payload for a selection, or null when the assessment or review picked is not in the data. */
function selectPayload(selection: ExportSelection, all: WorkspaceData, settings: WorkspaceSettings): Payload | null {
  const data = sortedData(all);
  switch (selection.scope) {
    case 'workspace':
      return { scope: 'workspace', data, settings };
    case 'backlog':
      return {
        scope: 'backlog',
        data: { useCases: data.useCases, ratings: data.ratings, weightProfiles: data.weightProfiles },
        settings,
      };
    case 'assessment': {
      const assessments = data.assessments.filter((row) => row.id === selection.assessmentId);
      if (assessments.length === 0) return null;
      const mine = (row: { assessmentId: string }) => row.assessmentId === selection.assessmentId;
      return {
        scope: 'assessment',
        data: { assessments, answers: data.answers.filter(mine), milestones: data.milestones.filter(mine) },
      };
    }
    case 'review': {
      const reviews = data.reviews.filter((row) => row.lineageId === selection.lineageId);
      if (reviews.length === 0) return null;
      const ids = new Set(reviews.map((row) => row.id));
      // The history is listed in its own order (seq), which is the order its hash chain is read in.
      const auditLog = data.auditLog.filter((row) => row.lineageId === selection.lineageId).sort((a, b) => a.seq - b.seq);
      return {
        scope: 'review',
        data: { reviews, reviewAnswers: data.reviewAnswers.filter((row) => ids.has(row.reviewId)), auditLog },
      };
    }
  }
}

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

/** Builds the file for a selection. Everything but `exportedAt` follows from the data, so the same data gives the same file. */
export async function buildExport(
  selection: ExportSelection,
  data: WorkspaceData,
  settings: WorkspaceSettings,
  context: ExportContext,
): Promise<ReportFile | null> {
  const payload = selectPayload(selection, data, settings);
  if (!payload) return null;
  return {
    type: REPORT_FILE_TYPE,
    version: REPORT_FILE_VERSION,
    exportedAt: context.now.toISOString(),
    portal: context.portal,
    ...(context.exportedBy?.trim() ? { exportedBy: context.exportedBy.trim() } : {}),
    ...(context.title ? { title: context.title } : {}),
    content: await contentUsed(payload.data),
    methods: {
      scoring: SCORING_METHOD,
      ranking: RANKING_METHOD,
      weightProfiles: profilesInForce(context, data),
      activeWeightProfileId: settings.weightProfileId ?? DEFAULT_WEIGHT_PROFILE_ID,
    },
    payload,
  };
}

/** A file name for a download, e.g. "mlops-portal-workspace-2026-11-24.json". */
export function exportFileName(selection: ExportSelection, now: Date): string {
  return `mlops-portal-${selection.scope}-${now.toISOString().slice(0, 10)}.json`;
}
