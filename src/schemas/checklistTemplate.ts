import { z } from 'zod';
import { flagDuplicateIds, slugId } from './common';
import { dataClassifications, riskTiers, severities } from './enums';
import { altaiRequirements, euAiActArticles, iso42001Refs, nistFunctions } from './frameworks';

/**
 * When an item applies. A missing condition always holds.
 * dataClassification: the use case's classification is one of these. Sensitive data is personal
 * data of a special kind, so a condition naming personal data also holds for sensitive data.
 * riskTier: the use case's risk tier is one of these.
 * match: "all" (the default) needs every listed condition to hold; "any" needs one of them,
 * for duties that arise either from the data or from the tier.
 */
const itemConditions = z
  .strictObject({
    dataClassification: z.array(z.enum(dataClassifications)).min(1).optional(),
    riskTier: z.array(z.enum(riskTiers)).min(1).optional(),
    match: z.enum(['all', 'any']).optional(),
  })
  .refine((conditions) => conditions.match !== 'any' || (conditions.dataClassification && conditions.riskTier), {
    message: '"match: any" needs both a dataClassification and a riskTier condition',
    path: ['match'],
  });
export type ItemConditions = z.infer<typeof itemConditions>;

/** A stricter severity for some risk tiers, e.g. a major item that blocks a high-risk release. */
export const severityByTier = z.strictObject({
  low: z.enum(severities).optional(),
  medium: z.enum(severities).optional(),
  high: z.enum(severities).optional(),
});

const strictness = { blocker: 0, major: 1, minor: 2 } as const;

const checklistItemSchema = z
  .strictObject({
    id: slugId,
    /** Group heading inside the template, e.g. "Fairness". */
    section: z.string().trim().min(3).max(60),
    /** The duty, phrased so that "met" has a clear meaning. */
    statement: z.string().trim().min(15),
    /** How to check it (Markdown). */
    guidance: z.string().trim().min(30),
    severity: z.enum(severities),
    /** Overrides `severity` for the tiers named; see the severity rule in the README. */
    severityByTier: severityByTier.optional(),
    /** The evidence a reviewer should expect to see. */
    evidence: z.string().trim().min(15),
    conditions: itemConditions.optional(),
    nist: z.array(z.enum(nistFunctions)).min(1),
    altai: z.array(z.enum(altaiRequirements)).min(1),
    /** EU AI Act articles the item serves, where one applies. */
    euAiAct: z.array(z.enum(euAiActArticles)).min(1).optional(),
    /** ISO/IEC 42001 clauses or Annex A control groups the item serves, where one applies. */
    iso42001: z.array(z.enum(iso42001Refs)).min(1).optional(),
  })
  .superRefine((item, ctx) => {
    // A tier may make an item stricter, never more lenient than the severity it states.
    for (const [tier, severity] of Object.entries(item.severityByTier ?? {})) {
      if (severity && strictness[severity] > strictness[item.severity]) {
        ctx.addIssue({
          code: 'custom',
          path: ['severityByTier', tier],
          message: `a tier can only raise the severity: "${severity}" is less strict than "${item.severity}"`,
        });
      }
    }
  });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistTemplateSchema = z
  .strictObject({
    id: slugId,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.0.0'),
    title: z.string().trim().min(3),
    summary: z.string().trim().min(20),
    items: z.array(checklistItemSchema).min(1),
  })
  .superRefine((template, ctx) => flagDuplicateIds(template.items, ['items'], 'item', ctx));
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;

/** What the build works out for an item of a built-in checklist, so the browser need not. */
export interface BuiltItemText {
  /** The guidance as HTML. */
  guidanceHtml: string;
  /** The framework references in reading form (see `referencesLine` in src/lib/frameworkRefs.ts). */
  references: string;
}
