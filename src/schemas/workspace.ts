import { z } from 'zod';
import { isoDateTime } from './common';
import { answerSchema, assessmentSchema, milestoneSchema } from './assessment';
import { ratingSchema, useCaseSchema, weightProfileSchema } from './backlog';
import { auditEntrySchema, customTemplateSchema, reviewAnswerSchema, reviewSchema } from './governance';

const WORKSPACE_FILE_TYPE = 'mlops-portal-workspace';
const WORKSPACE_FILE_VERSION = 1;

/** Everything a workspace holds, as plain JSON. Collections a file leaves out are read as empty. */
export const workspaceDataSchema = z.strictObject({
  assessments: z.array(assessmentSchema).default([]),
  answers: z.array(answerSchema).default([]),
  milestones: z.array(milestoneSchema).default([]),
  useCases: z.array(useCaseSchema).default([]),
  ratings: z.array(ratingSchema).default([]),
  weightProfiles: z.array(weightProfileSchema).default([]),
  reviews: z.array(reviewSchema).default([]),
  reviewAnswers: z.array(reviewAnswerSchema).default([]),
  auditLog: z.array(auditEntrySchema).default([]),
  templates: z.array(customTemplateSchema).default([]),
});
export type WorkspaceData = z.infer<typeof workspaceDataSchema>;

/**
 * The workspace file the portal wrote before the report format (src/schemas/report.ts): a type
 * tag, version 1, where it came from, and the data. Files of this shape still load: restore() in
 * src/lib/exchange reads them as format version 0 and migrates them. Nothing parses files with
 * this schema directly; it describes the old shape for the sample builder and the tests.
 */
export const workspaceFileV1Schema = z.strictObject({
  type: z.literal(WORKSPACE_FILE_TYPE),
  version: z.literal(WORKSPACE_FILE_VERSION),
  source: z.string().max(200),
  exportedAt: isoDateTime,
  data: workspaceDataSchema,
});
export type WorkspaceFile = z.infer<typeof workspaceFileV1Schema>;
