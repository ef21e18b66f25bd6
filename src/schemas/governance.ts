import { z } from 'zod';
import { entityId, evidenceLink, isoDate, isoDateTime } from './common';
import { checklistTemplateSchema } from './checklistTemplate';
import { dataClassifications, decisions, itemStatuses, reviewStatuses, riskTiers } from './enums';
import { limits } from './limits';

/** What a review is about: a use case in the backlog, or a model named by the reviewer. */
const reviewSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('use-case'), useCaseId: entityId }),
  z.strictObject({ kind: z.literal('model'), name: z.string().trim().min(1).max(limits.review.modelName) }),
]);
export type ReviewSubject = z.infer<typeof reviewSubject>;

/**
 * The use case as it stood when a revision started. Item conditions are decided on this copy, so a
 * signed-off record never changes when the use case is reclassified later; reopening takes a fresh
 * copy. Null for a named model, whose conditions cannot be checked.
 */
export const useCaseSnapshot = z.strictObject({
  title: z.string().trim().min(1).max(limits.useCase.title),
  dataClassification: z.enum(dataClassifications),
  riskTier: z.enum(riskTiers),
});
export type UseCaseSnapshot = z.infer<typeof useCaseSnapshot>;

const signOffSchema = z
  .strictObject({
    reviewerName: z.string().trim().min(1, 'enter the reviewer’s name').max(limits.signOff.reviewerName),
    reviewerRole: z.string().trim().min(1, 'enter the reviewer’s role').max(limits.signOff.reviewerRole),
    decision: z.enum(decisions),
    conditions: z.string().max(limits.signOff.conditions),
    date: isoDate,
  })
  .superRefine((signOff, ctx) => {
    if (signOff.decision === 'approve-with-conditions' && signOff.conditions.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'state the conditions of the approval' });
    }
  });
export type SignOff = z.infer<typeof signOffSchema>;

/**
 * One revision of a review. Revisions of the same review share `lineageId`; reopening a
 * signed-off revision marks it superseded and starts revision n + 1 with its answers copied.
 * The template is copied in, so a review reads the same even after the template changes.
 */
export const reviewSchema = z
  .strictObject({
    id: entityId,
    lineageId: entityId,
    revision: z.number().int().min(1),
    subject: reviewSubject,
    useCaseSnapshot: useCaseSnapshot.nullable().default(null),
    template: checklistTemplateSchema,
    status: z.enum(reviewStatuses),
    signOff: signOffSchema.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .superRefine((review, ctx) => {
    // Only a signed-off revision can be superseded, so both carry the decision; an open one carries none.
    const needsSignOff = review.status !== 'in-review';
    if (needsSignOff && review.signOff === null)
      ctx.addIssue({ code: 'custom', path: ['signOff'], message: `a ${review.status} review needs its sign-off` });
    if (!needsSignOff && review.signOff !== null)
      ctx.addIssue({ code: 'custom', path: ['signOff'], message: 'a review in progress has no sign-off yet' });
  });
export type Review = z.infer<typeof reviewSchema>;

export const reviewAnswerSchema = z
  .strictObject({
    reviewId: entityId,
    itemId: z.string().min(1),
    status: z.enum(itemStatuses).nullable(),
    justification: z.string().max(limits.reviewAnswer.justification),
    notes: z.string().max(limits.reviewAnswer.notes),
    evidence: z.array(evidenceLink).max(limits.reviewAnswer.evidence),
    answeredBy: z.string().trim().max(limits.reviewAnswer.answeredBy),
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
  /** Position in the lineage's log, counting from 1, so the number people see is the stored one. */
  seq: z.number().int().min(1),
  at: isoDateTime,
  actor: z.string().max(limits.audit.actor),
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
