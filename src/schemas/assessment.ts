import { z } from 'zod';
import { entityId, evidenceLink, isoDate, isoDateTime, slugId } from './common';
import { levelValue } from './questionnaire';
import { answerStates, confidences } from './enums';
import { limits } from './limits';

/** Which questionnaire an assessment was answered against; the hash pins the exact wording. */
export const questionnaireRef = z.strictObject({
  id: slugId,
  version: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type QuestionnaireRef = z.infer<typeof questionnaireRef>;

export const assessmentSchema = z.strictObject({
  id: entityId,
  name: z.string().trim().min(1, 'give the assessment a name').max(limits.assessment.name),
  organisation: z.string().trim().max(limits.assessment.organisation),
  team: z.string().trim().max(limits.assessment.team),
  respondentName: z.string().trim().max(limits.assessment.respondentName),
  respondentRole: z.string().trim().max(limits.assessment.respondentRole),
  /**
   * The survey round the answers belong to (e.g. "2026 Q4 survey"). Respondents of the same
   * questionnaire and round are rolled up together; files made before rounds existed have none.
   */
  round: z.string().trim().max(limits.assessment.round).optional(),
  /** The day the assessment describes (ISO date). */
  date: isoDate,
  questionnaire: questionnaireRef,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * One capability's answer inside one assessment, keyed by the pair (assessmentId, capabilityId).
 * `state` says what kind of answer it is; `level` is only meaningful when state is "level".
 */
export const answerSchema = z
  .strictObject({
    assessmentId: entityId,
    capabilityId: slugId,
    state: z.enum(answerStates).nullable(),
    level: levelValue.nullable(),
    naReason: z.string().trim().max(limits.answer.naReason),
    confidence: z.enum(confidences).nullable(),
    target: levelValue.nullable(),
    notes: z.string().max(limits.answer.notes),
    evidence: z.array(evidenceLink).max(limits.answer.evidence),
    /** Seeded from the quick check and not yet confirmed by the person; absent once they do. */
    estimate: z.literal(true).optional(),
    updatedAt: isoDateTime,
  })
  .superRefine((answer, ctx) => {
    if (answer.state === 'level' && answer.level === null) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'choose a level from 0 to 4' });
    }
    if (answer.state === 'not-applicable' && answer.naReason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['naReason'], message: 'say why this capability does not apply' });
    }
  });
export type Answer = z.infer<typeof answerSchema>;

/** A frozen, read-only copy of an assessment and its answers at a named moment. */
export const milestoneSchema = z.strictObject({
  id: entityId,
  assessmentId: entityId,
  name: z.string().trim().min(1, 'give the milestone a name').max(limits.milestone.name),
  date: isoDate,
  createdAt: isoDateTime,
  assessment: assessmentSchema,
  answers: z.array(answerSchema),
});
export type Milestone = z.infer<typeof milestoneSchema>;
