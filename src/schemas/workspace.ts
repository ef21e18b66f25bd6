import { z } from 'zod';
import { isoDateTime } from './common';
import { answerSchema, assessmentSchema, milestoneSchema } from './assessment';

export const WORKSPACE_FILE_TYPE = 'mlops-portal-workspace';
export const WORKSPACE_FILE_VERSION = 1;

/** Everything a workspace holds, as plain JSON. */
export const workspaceDataSchema = z.strictObject({
  assessments: z.array(assessmentSchema),
  answers: z.array(answerSchema),
  milestones: z.array(milestoneSchema),
});
export type WorkspaceData = z.infer<typeof workspaceDataSchema>;

/**
 * The envelope of every workspace file the portal reads or writes (the sample workspace too):
 * a type tag, a format version, where it came from, and the data.
 */
export const workspaceFileSchema = z.strictObject({
  type: z.literal(WORKSPACE_FILE_TYPE),
  version: z.literal(WORKSPACE_FILE_VERSION),
  source: z.string().max(200),
  exportedAt: isoDateTime,
  data: workspaceDataSchema,
});
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;
