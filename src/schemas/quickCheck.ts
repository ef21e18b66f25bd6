import { z } from 'zod';
import { flagDuplicateIds, slugId } from './common';
import { levelValue } from './questionnaire';

/** One answer of the quick check: the level it suggests for the capabilities its question informs, or null for none. */
const quickAnswerSchema = z.strictObject({
  level: levelValue.nullable(),
  label: z.string().trim().min(2).max(160),
});

const quickQuestionSchema = z
  .strictObject({
    id: slugId,
    text: z.string().trim().min(10).max(200),
    /** The capabilities of the full questionnaire this question gives an estimate for. */
    informs: z.array(slugId).min(1),
    answers: z.array(quickAnswerSchema).min(2).max(8),
  })
  .superRefine((question, ctx) => {
    const levels = question.answers.map((answer) => answer.level).filter((level) => level !== null);
    if (new Set(levels).size !== levels.length)
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'each level may appear once among the answers' });
  });

/** The quick check (content/assessment/quick-check.yaml). */
export const quickCheckSchema = z
  .strictObject({
    id: slugId,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.0.0'),
    title: z.string().trim().min(3),
    intro: z.string().trim().min(20),
    questions: z.array(quickQuestionSchema).min(5).max(15),
  })
  .superRefine((check, ctx) => flagDuplicateIds(check.questions, ['questions'], 'question', ctx));
export type QuickCheck = z.infer<typeof quickCheckSchema>;
