import { z } from 'zod';
import { limits } from './limits';
import { slugId } from './common';
import { criterionIds } from './enums';

export { criterionIds };
export const criterionId = z.enum(criterionIds);
export type CriterionId = z.infer<typeof criterionId>;

export const ratingValue = z.number().int().min(1).max(5);

/** One anchored rating on a criterion's 1-5 scale. */
const anchorSchema = z.strictObject({
  score: ratingValue,
  label: z.string().trim().min(2).max(60),
  /** What must be true to give this rating, written as observable facts. */
  description: z.string().trim().min(20),
});

/** A scoring criterion of the use-case backlog (content/backlog/criteria/*.yaml). */
export const criterionSchema = z
  .strictObject({
    id: criterionId,
    order: z.number().int().min(1),
    title: z.string().trim().min(3),
    question: z.string().trim().min(10),
    /** True where a low rating is better for the use case (cost, time-to-market). */
    inverted: z.boolean(),
    /** Shown beside the rating control; for inverted criteria it says that lower ranks higher. */
    hint: z.string().trim().min(10),
    anchors: z.array(anchorSchema).length(5, 'give exactly five anchors, 1 to 5'),
  })
  .superRefine((criterion, ctx) => {
    criterion.anchors.forEach((anchor, index) => {
      if (anchor.score !== index + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['anchors', index, 'score'],
          message: `expected score ${index + 1} at position ${index}`,
        });
      }
    });
  });
export type Criterion = z.infer<typeof criterionSchema>;

export const criterionWeights = z.strictObject({
  'data-availability': z.number().min(0).max(limits.criterionWeight.max),
  feasibility: z.number().min(0).max(limits.criterionWeight.max),
  'business-value': z.number().min(0).max(limits.criterionWeight.max),
  cost: z.number().min(0).max(limits.criterionWeight.max),
  'time-to-market': z.number().min(0).max(limits.criterionWeight.max),
});
export type CriterionWeights = z.infer<typeof criterionWeights>;

/** A named weight preset shipped as content (content/backlog/profiles/*.yaml). */
export const weightPresetSchema = z.strictObject({
  id: slugId,
  order: z.number().int().min(1),
  name: z.string().trim().min(3),
  description: z.string().trim().min(20),
  weights: criterionWeights,
  /**
   * Lowest business-value median a use case needs to rank with the others under this preset;
   * those below it rank after all that meet it. Absent: no floor.
   */
  valueFloor: ratingValue.optional(),
});
export type WeightPreset = z.infer<typeof weightPresetSchema>;
