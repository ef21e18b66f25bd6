import { z } from 'zod';
import { isoDateTime, slugId } from './common';
import { answerSchema, assessmentSchema, milestoneSchema } from './assessment';
import { ratingSchema, useCaseSchema, weightProfileSchema } from './backlog';
import { auditEntrySchema, reviewAnswerSchema, reviewSchema } from './governance';
import { criterionWeights } from './backlogContent';
import { workspaceDataSchema } from './workspace';

/**
 * The portal's file format ("report file"): the one envelope every export writes and every
 * import reads. Files are read through `restore()` in src/lib/exchange, which migrates older
 * versions to this one before this strict schema is applied; a schema with a literal version can
 * only ever describe the newest version, which is why nothing else parses files.
 */
export const REPORT_FILE_TYPE = 'mlops-portal-report';
export const REPORT_FILE_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 fingerprint is 64 lowercase hexadecimal characters');

/** One questionnaire or checklist template the data was made with, pinned by its content hash. */
// As loose as the references an assessment or review carries, so that everything stored can be listed.
const contentRefSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  hash: sha256,
});
export type ContentRef = z.infer<typeof contentRefSchema>;

/** A computation whose meaning can change between portal versions, named with its own version. */
const methodRefSchema = z.strictObject({
  id: slugId,
  version: z.string().min(1).max(40),
});
export type MethodRef = z.infer<typeof methodRefSchema>;

/** A weight profile as it stood at export: a shipped preset or one made in the workspace. */
const profileInForceSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  kind: z.enum(['preset', 'custom']),
  weights: criterionWeights,
});
export type ProfileInForce = z.infer<typeof profileInForceSchema>;

/**
 * Settings that belong to the workspace and travel with it. Per-device settings (the name a
 * reviewer answers under, the undo record of a deleted use case, the time of the last export,
 * reminders) stay in the browser: see src/lib/exchange/settings.ts.
 */
const workspaceSettingsSchema = z.strictObject({
  /** The weight profile the backlog ranks with: a preset's id or a custom profile's id. */
  weightProfileId: z.string().min(1).max(64).optional(),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

/** What a file carries. Every scope uses the workspace's own table names and record shapes. */
const payloadSchema = z.discriminatedUnion('scope', [
  z.strictObject({
    scope: z.literal('workspace'),
    data: workspaceDataSchema,
    settings: workspaceSettingsSchema.default({}),
  }),
  z.strictObject({
    scope: z.literal('assessment'),
    data: z.strictObject({
      assessments: z.array(assessmentSchema).length(1, 'an assessment file holds exactly one assessment'),
      answers: z.array(answerSchema).default([]),
      milestones: z.array(milestoneSchema).default([]),
    }),
  }),
  z.strictObject({
    scope: z.literal('backlog'),
    data: z.strictObject({
      useCases: z.array(useCaseSchema).default([]),
      ratings: z.array(ratingSchema).default([]),
      weightProfiles: z.array(weightProfileSchema).default([]),
    }),
    settings: workspaceSettingsSchema.default({}),
  }),
  z.strictObject({
    scope: z.literal('review'),
    /** Every revision of one review, their answers and the review's whole audit history. */
    data: z.strictObject({
      reviews: z.array(reviewSchema).min(1, 'a review file holds at least one revision'),
      reviewAnswers: z.array(reviewAnswerSchema).default([]),
      auditLog: z.array(auditEntrySchema).default([]),
    }),
  }),
]);
export type Payload = z.infer<typeof payloadSchema>;
export type Scope = Payload['scope'];

export const reportFileSchema = z.strictObject({
  type: z.literal(REPORT_FILE_TYPE),
  version: z.literal(REPORT_FILE_VERSION),
  exportedAt: isoDateTime,
  /** The portal that wrote the file. */
  portal: z.strictObject({ name: z.string().min(1).max(120), version: z.string().min(1).max(40) }),
  /** The name the person gave when exporting, if any. */
  exportedBy: z.string().trim().max(120).optional(),
  /** A line saying what the file is, e.g. "MLOps Maturity Portal sample workspace". */
  title: z.string().max(200).optional(),
  /** The questionnaires and checklist templates the data was made with. */
  content: z.strictObject({
    questionnaires: z.array(contentRefSchema),
    checklists: z.array(contentRefSchema),
  }),
  /** How scores and ranks were computed, and the weight profiles in force at export. */
  methods: z.strictObject({
    scoring: methodRefSchema,
    ranking: methodRefSchema,
    weightProfiles: z.array(profileInForceSchema),
    activeWeightProfileId: z.string().min(1).max(64),
  }),
  payload: payloadSchema,
});
export type ReportFile = z.infer<typeof reportFileSchema>;
