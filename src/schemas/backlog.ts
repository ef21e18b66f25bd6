import { z } from 'zod';
import { entityId, isoDateTime } from './common';
import { criterionWeights, ratingValue } from './backlogContent';
import { dataClassifications, riskTiers, useCaseFamilies, useCaseStatuses } from './enums';
import { limits } from './limits';
import { screeningRecordSchema } from './riskScreening';

/** An ML use case in the backlog. Archived use cases stay stored but leave the ranking. */
export const useCaseSchema = z.strictObject({
  id: entityId,
  title: z.string().trim().min(1, 'give the use case a title').max(limits.useCase.title),
  description: z.string().max(limits.useCase.description),
  sponsor: z.string().trim().max(limits.useCase.sponsor),
  businessUnit: z.string().trim().max(limits.useCase.businessUnit),
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
        .max(limits.useCase.tag)
        .refine((tag) => !tag.includes(','), 'tags cannot contain a comma'),
    )
    .max(limits.useCase.tags),
  archived: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type UseCase = z.infer<typeof useCaseSchema>;

/** One rater's scores of one use case; a criterion not yet rated is absent. */
export const ratingSchema = z.strictObject({
  id: entityId,
  useCaseId: entityId,
  raterName: z.string().trim().min(1, 'enter the rater’s name').max(limits.rating.raterName),
  raterRole: z.string().trim().max(limits.rating.raterRole),
  scores: z.strictObject({
    'data-availability': ratingValue.optional(),
    feasibility: ratingValue.optional(),
    'business-value': ratingValue.optional(),
    cost: ratingValue.optional(),
    'time-to-market': ratingValue.optional(),
  }),
  comment: z.string().max(limits.rating.comment),
  updatedAt: isoDateTime,
});
export type Rating = z.infer<typeof ratingSchema>;

/** A weight profile people made themselves (the presets are content). */
export const weightProfileSchema = z.strictObject({
  id: entityId,
  name: z.string().trim().min(1, 'give the profile a name').max(limits.weightProfile.name),
  weights: criterionWeights,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type WeightProfile = z.infer<typeof weightProfileSchema>;
