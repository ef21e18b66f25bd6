import { z } from 'zod';
import { slugId } from './common';
import { altaiRequirements, dataClassifications, nistFunctions, riskTiers, severities } from './enums';

/**
 * When an item applies. Every listed condition must hold; a missing condition always holds.
 * dataClassification: the use case's classification is one of these.
 * riskTier: the use case's risk tier is one of these.
 */
export const itemConditions = z.strictObject({
  dataClassification: z.array(z.enum(dataClassifications)).min(1).optional(),
  riskTier: z.array(z.enum(riskTiers)).min(1).optional(),
});
export type ItemConditions = z.infer<typeof itemConditions>;

export const checklistItemSchema = z.strictObject({
  id: slugId,
  /** Group heading inside the template, e.g. "Fairness". */
  section: z.string().trim().min(3).max(60),
  /** The duty, phrased so that "met" has a clear meaning. */
  statement: z.string().trim().min(15),
  /** How to check it (Markdown). */
  guidance: z.string().trim().min(30),
  severity: z.enum(severities),
  /** The evidence a reviewer should expect to see. */
  evidence: z.string().trim().min(15),
  conditions: itemConditions.optional(),
  nist: z.array(z.enum(nistFunctions)).min(1),
  altai: z.array(z.enum(altaiRequirements)).min(1),
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
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.items.forEach((item, index) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
    });
  });
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;
