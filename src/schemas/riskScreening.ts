import { z } from 'zod';
import { flagDuplicateIds, isoDateTime, slugId } from './common';
import { riskTiers } from './enums';

const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.0.0');

/** One possible answer; `tier` is the lowest tier this answer calls for, with the reason shown to people. */
const screeningAnswerSchema = z
  .strictObject({
    id: slugId,
    label: z.string().trim().min(2).max(120),
    tier: z.enum(riskTiers).optional(),
    /** The answer points to a practice the EU AI Act prohibits: the suggestion carries a stop. */
    prohibited: z.boolean().optional(),
    reason: z.string().trim().min(20).optional(),
  })
  .refine((answer) => (answer.tier === undefined) === (answer.reason === undefined), {
    message: 'an answer that raises the tier needs a reason, and a reason needs a tier',
    path: ['reason'],
  });

const screeningQuestionSchema = z.strictObject({
  id: slugId,
  text: z.string().trim().min(10).max(200),
  hint: z.string().trim().min(10).optional(),
  answers: z.array(screeningAnswerSchema).min(2),
});

/** The risk-tier screening (content/governance/risk-screening.yaml). */
export const riskScreeningSchema = z
  .strictObject({
    id: slugId,
    version: semver,
    title: z.string().trim().min(3),
    intro: z.string().trim().min(20),
    escalation: z.strictObject({ mediumSignals: z.number().int().min(2).max(10) }),
    questions: z.array(screeningQuestionSchema).min(3),
  })
  .superRefine((screening, ctx) => {
    flagDuplicateIds(screening.questions, ['questions'], 'question', ctx);
    screening.questions.forEach((question, index) =>
      flagDuplicateIds(question.answers, ['questions', index, 'answers'], 'answer', ctx),
    );
  });
export type RiskScreening = z.infer<typeof riskScreeningSchema>;

/**
 * A screening as recorded on a use case: the answers, the tier they suggested with the reasons,
 * and the tier a person decided. A decided tier that differs from the suggestion needs a
 * justification, so an overrule is always explained.
 */
export const screeningRecordSchema = z
  .strictObject({
    screeningId: slugId,
    version: semver,
    /** Answer id per question id. */
    answers: z.record(z.string(), z.string()),
    suggestedTier: z.enum(riskTiers),
    reasons: z.array(z.strictObject({ tier: z.enum(riskTiers), text: z.string().max(2000) })).max(40),
    prohibited: z.boolean(),
    decidedTier: z.enum(riskTiers),
    justification: z.string().trim().max(5000),
    decidedBy: z.string().trim().min(1, 'enter your name').max(120),
    decidedAt: isoDateTime,
  })
  .superRefine((record, ctx) => {
    if (record.decidedTier !== record.suggestedTier && record.justification.length < 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: 'say why the tier differs from the suggested one (at least a sentence)',
      });
    }
  });
export type ScreeningRecord = z.infer<typeof screeningRecordSchema>;
