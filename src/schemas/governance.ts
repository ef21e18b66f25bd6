import { z } from 'zod';
import { entityId, evidenceLink, isoDate, isoDateTime } from './common';
import { checklistTemplateSchema } from './checklistTemplate';

/** What a review is about: a use case in the backlog, or a model named by the reviewer. */
export const reviewSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('use-case'), useCaseId: entityId }),
  z.strictObject({ kind: z.literal('model'), name: z.string().trim().min(1).max(160) }),
]);
export type ReviewSubject = z.infer<typeof reviewSubject>;

export const reviewStatuses = ['in-review', 'signed-off', 'superseded'] as const;
export const decisions = ['approve', 'approve-with-conditions', 'reject'] as const;

export const signOffSchema = z.strictObject({
  reviewerName: z.string().trim().min(1, 'enter the reviewer’s name').max(120),
  reviewerRole: z.string().trim().min(1, 'enter the reviewer’s role').max(120),
  decision: z.enum(decisions),
  conditions: z.string().max(5000),
  date: isoDate,
});
export type SignOff = z.infer<typeof signOffSchema>;

/**
 * One revision of a review. Revisions of the same review share `lineageId`; reopening a
 * signed-off revision marks it superseded and starts revision n + 1 with its answers copied.
 * The template is copied in, so a review reads the same even after the template changes.
 */
export const reviewSchema = z.strictObject({
  id: entityId,
  lineageId: entityId,
  revision: z.number().int().min(1),
  subject: reviewSubject,
  template: checklistTemplateSchema,
  status: z.enum(reviewStatuses),
  signOff: signOffSchema.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Review = z.infer<typeof reviewSchema>;

export const itemStatuses = ['met', 'partially-met', 'not-met', 'not-applicable'] as const;

export const reviewAnswerSchema = z
  .strictObject({
    reviewId: entityId,
    itemId: z.string().min(1),
    status: z.enum(itemStatuses).nullable(),
    justification: z.string().max(5000),
    notes: z.string().max(20000),
    evidence: z.array(evidenceLink).max(50),
    answeredBy: z.string().trim().max(120),
    answeredAt: isoDateTime,
  })
  .superRefine((answer, ctx) => {
    if (answer.status === 'not-applicable' && answer.justification.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['justification'], message: 'say why this item does not apply' });
    }
  });
export type ReviewAnswer = z.infer<typeof reviewAnswerSchema>;

/**
 * One entry of a review's audit log. `prevHash` is the SHA-256 of the previous entry's canonical
 * JSON (empty for the first), so any edit, removal or reordering breaks the chain visibly.
 */
export const auditEntrySchema = z.strictObject({
  id: entityId,
  lineageId: entityId,
  reviewId: entityId,
  seq: z.number().int().min(0),
  at: isoDateTime,
  actor: z.string().max(120),
  action: z.string().min(1).max(60),
  itemId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string().regex(/^([0-9a-f]{64})?$/),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A checklist template an organisation imported (the shipped ones are content). */
export const customTemplateSchema = z.strictObject({
  id: z.string().min(1),
  template: checklistTemplateSchema,
  importedAt: isoDateTime,
});
export type CustomTemplate = z.infer<typeof customTemplateSchema>;
