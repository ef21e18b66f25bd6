import { z } from 'zod';
import { limits } from './limits';
import { slugId } from './common';
import { dimensionIds, lifecycleStages, roleTags, type DimensionId } from './enums';
import { altaiRequirements, euAiActArticles, iso42001Refs, nistFunctions } from './frameworks';

const dimensionId = z.enum(dimensionIds);
export type { DimensionId };

export const levelValue = z.number().int().min(0).max(4);
export type LevelValue = z.infer<typeof levelValue>;

/** The reference frameworks a capability serves, where they apply (the same tags as checklist items). */
const frameworkReferences = z.strictObject({
  nist: z.array(z.enum(nistFunctions)).min(1).optional(),
  altai: z.array(z.enum(altaiRequirements)).min(1).optional(),
  euAiAct: z.array(z.enum(euAiActArticles)).min(1).optional(),
  iso42001: z.array(z.enum(iso42001Refs)).min(1).optional(),
});
export type FrameworkReferences = z.infer<typeof frameworkReferences>;

/** One rung of a capability's 0-4 ladder. */
const levelDescriptor = z.strictObject({
  level: levelValue,
  /** Short name of the rung, e.g. "Ad hoc". */
  name: z.string().trim().min(2).max(60),
  /** What an observer would see in the organisation at this level ("You would see ..."). */
  observe: z.string().trim().min(20),
  /** The concrete step that lifts the organisation to the next level; absent on level 4. */
  next: z.string().trim().min(10).optional(),
});

export const capabilitySchema = z
  .strictObject({
    id: slugId,
    dimension: dimensionId,
    /** Position within the dimension, for a stable reading order. */
    order: z.number().int().min(1),
    title: z.string().trim().min(3).max(80),
    /** The question a respondent answers, in one sentence. */
    question: z.string().trim().min(10).max(240),
    /** Why the capability matters (Markdown). */
    why: z.string().trim().min(40),
    /** Relative importance inside its dimension; 1 when omitted. */
    weight: z.number().min(limits.capabilityWeight.min).max(limits.capabilityWeight.max).default(1),
    lifecycle: z.array(z.enum(lifecycleStages)).min(1),
    roles: z.array(z.enum(roleTags)).min(1),
    references: frameworkReferences.optional(),
    levels: z.array(levelDescriptor).length(5, 'give exactly five levels, 0 to 4'),
  })
  .superRefine((capability, ctx) => {
    capability.levels.forEach((descriptor, index) => {
      if (descriptor.level !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', index, 'level'],
          message: `expected level ${index} at position ${index}`,
        });
      }
      if (index < 4 && !descriptor.next) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', index, 'next'],
          message: `level ${index} needs the step to reach level ${index + 1}`,
        });
      }
      if (index === 4 && descriptor.next) {
        ctx.addIssue({ code: 'custom', path: ['levels', index, 'next'], message: 'level 4 is the top: leave "next" out' });
      }
    });
  });
export type Capability = z.output<typeof capabilitySchema>;

const dimensionSchema = z.strictObject({
  id: dimensionId,
  title: z.string().trim().min(3),
  summary: z.string().trim().min(20),
});
export type Dimension = z.infer<typeof dimensionSchema>;

const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.0.0');

/**
 * What one version changed, so an assessment answered against an earlier version can say which
 * capabilities are new (never answered) and which changed meaning (worth checking again). A
 * capability that is split keeps its id for the part that keeps the meaning; the other part is new.
 */
const questionnaireChangeSchema = z.strictObject({
  version: semver,
  summary: z.string().trim().min(20),
  new: z.array(slugId).default([]),
  changed: z.array(slugId).default([]),
});
export type QuestionnaireChange = z.output<typeof questionnaireChangeSchema>;

/** Metadata of the questionnaire as a whole (content/assessment/questionnaire.yaml). */
export const questionnaireMetaSchema = z.strictObject({
  id: slugId,
  version: semver,
  title: z.string().trim().min(3),
  /** How to answer when several models or teams are in scope; shown with every question. */
  portfolioRule: z.string().trim().min(40),
  dimensions: z.array(dimensionSchema).length(3),
  changes: z.array(questionnaireChangeSchema).default([]),
});
export type QuestionnaireMeta = z.infer<typeof questionnaireMetaSchema>;

/** The questionnaire as the browser receives it: metadata, capabilities in reading order, and the content hash. */
export const questionnaireSchema = questionnaireMetaSchema.extend({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  capabilities: z.array(capabilitySchema),
});
export type Questionnaire = z.output<typeof questionnaireSchema>;
