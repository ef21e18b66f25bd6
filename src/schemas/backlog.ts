import { z } from 'zod';
import { entityId, isoDateTime } from './common';
import { criterionWeights, ratingValue } from './backlogContent';
import { dataClassifications, riskTiers } from './checklistTemplate';
import { useCaseFamilies, useCaseStatuses } from './enums';
import { screeningRecordSchema } from './riskScreening';

export { useCaseFamilies, useCaseStatuses };

/** An ML use case in the backlog. Archived use cases stay stored but leave the ranking. */
export const useCaseSchema = z.strictObject({
  id: entityId,
  title: z.string().trim().min(1, 'give the use case a title').max(160),
  description: z.string().max(20000),
  sponsor: z.string().trim().max(120),
  businessUnit: z.string().trim().max(120),
  family: z.enum(useCaseFamilies),
  status: z.enum(useCaseStatuses),
  dataClassification: z.enum(dataClassifications),
  riskTier: z.enum(riskTiers),
  /** The latest risk-tier screening, when one was recorded; `riskTier` then holds its decided tier. */
  riskScreening: screeningRecordSchema.optional(),
  // Tags never hold a comma: the form and the CSV file both list tags separated by commas.
  tags: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(40)
        .refine((tag) => !tag.includes(','), 'tags cannot contain a comma'),
    )
    .max(20),
  archived: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type UseCase = z.infer<typeof useCaseSchema>;

/** One rater's scores of one use case; a criterion not yet rated is absent. */
export const ratingSchema = z.strictObject({
  id: entityId,
  useCaseId: entityId,
  raterName: z.string().trim().min(1, 'enter the rater’s name').max(120),
  raterRole: z.string().trim().max(120),
  scores: z.strictObject({
    'data-availability': ratingValue.optional(),
    feasibility: ratingValue.optional(),
    'business-value': ratingValue.optional(),
    cost: ratingValue.optional(),
    'time-to-market': ratingValue.optional(),
  }),
  comment: z.string().max(5000),
  updatedAt: isoDateTime,
});
export type Rating = z.infer<typeof ratingSchema>;

/** A weight profile people made themselves (the presets are content). */
export const weightProfileSchema = z.strictObject({
  id: entityId,
  name: z.string().trim().min(1, 'give the profile a name').max(80),
  weights: criterionWeights,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type WeightProfile = z.infer<typeof weightProfileSchema>;
