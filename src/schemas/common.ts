import { z } from 'zod';
import { limits } from './limits';

/** Stable identifiers: lowercase slugs, never display names or array positions. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (e.g. "data-versioning")');

/** Ids the browser generates for user-created entities (crypto.randomUUID or similar). */
export const entityId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "-" and "_" only');

/** ISO 8601 timestamp, e.g. 2026-11-24T15:00:00.000Z. */
export const isoDateTime = z.iso.datetime({ offset: true });

/** ISO 8601 calendar date, e.g. 2026-11-24. */
export const isoDate = z.iso.date();

/** An evidence link: only http and https are accepted, anything else is refused with a message. */
export const evidenceLink = z.object({
  id: entityId,
  label: z.string().trim().min(1, 'give the link a label').max(limits.evidence.label),
  url: z
    .string()
    .trim()
    .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'only http:// and https:// addresses are accepted'),
});
export type EvidenceLink = z.infer<typeof evidenceLink>;

/** Adds an issue for every item whose id repeats an earlier one in the same list. */
export function flagDuplicateIds(
  items: readonly { id: string }[],
  path: readonly (string | number)[],
  noun: string,
  ctx: z.core.$RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate ${noun} id "${item.id}"` });
    seen.add(item.id);
  });
}
