import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateLevels, quickResult, seededAnswers } from '../../../src/lib/quickCheck';
import { answerSchema } from '../../../src/schemas/assessment';
import type { Questionnaire } from '../../../src/schemas/questionnaire';
import { quickCheckSchema } from '../../../src/schemas/quickCheck';
import { loadQuestionnaire } from '../helpers/loadContent';

const check = quickCheckSchema.parse(parse(readFileSync(join(process.cwd(), 'content/assessment/quick-check.yaml'), 'utf8')));
let questionnaire: Questionnaire;
beforeAll(async () => {
  questionnaire = await loadQuestionnaire();
});

/** Picks, for every question, the answer with this level (or the one without a level). */
const allAt = (level: number | null) =>
  Object.fromEntries(
    check.questions.map((q) => [
      q.id,
      Math.max(
        0,
        q.answers.findIndex((a) => a.level === level),
      ),
    ]),
  );

describe('the quick check content', () => {
  it('asks about ten questions, each informing capabilities the questionnaire has', () => {
    expect(check.questions.length).toBeGreaterThanOrEqual(8);
    expect(check.questions.length).toBeLessThanOrEqual(12);
    const ids = new Set(questionnaire.capabilities.map((c) => c.id));
    for (const question of check.questions)
      for (const id of question.informs) expect(ids, `${question.id} → ${id}`).toContain(id);
  });

  it('informs every capability of the questionnaire through at least one question', () => {
    const informed = new Set(check.questions.flatMap((q) => q.informs));
    expect(questionnaire.capabilities.filter((c) => !informed.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe('quickResult', () => {
  it('estimates nothing before any answer', () => {
    const result = quickResult(check, {}, questionnaire.capabilities);
    expect(result.answered).toBe(0);
    expect(result.score.overall.score).toBeNull();
    expect(result.focus).toEqual([]);
  });

  it('puts an organisation that answers level 2 everywhere at indicative level 2', () => {
    const result = quickResult(check, allAt(2), questionnaire.capabilities);
    expect(result.score.overall.score).toBeCloseTo(2);
    expect(result.indicative?.level).toBe(2);
  });

  it('takes the mean of several answers for one capability, rounded down', () => {
    // roles-and-skills is informed by "ownership" and "teams".
    const levels = estimateLevels(check, { ...allAt(4), ownership: 4, teams: 1 }, new Set(['roles-and-skills']));
    expect(levels.get('roles-and-skills')).toBe(2);
  });

  it('names up to three capabilities from the weakest answers, one per question', () => {
    const answers = { ...allAt(3), 'noticing-decay': 0, 'going-back': 1, platform: 1 };
    const result = quickResult(check, answers, questionnaire.capabilities);
    expect(result.focus.map((f) => f.questionId)).toEqual(['noticing-decay', 'going-back', 'platform']);
    // From each question, the capability with the greatest weight it informs.
    expect(result.focus[0]?.capabilityId).toBe('drift-and-performance-monitoring');
    expect(result.focus[0]?.next).toBe(
      questionnaire.capabilities.find((c) => c.id === 'drift-and-performance-monitoring')?.levels[0]?.next,
    );
  });

  it('leaves generative AI unestimated for an organisation that does not use it', () => {
    const answers = { ...allAt(2), 'generative-ai': 0 };
    expect(check.questions.find((q) => q.id === 'generative-ai')?.answers[0]?.level).toBeNull();
    expect(quickResult(check, answers, questionnaire.capabilities).estimates.has('genai-evaluation-and-guardrails')).toBe(false);
  });
});

describe('seededAnswers', () => {
  it('gives every estimated capability an answer marked as an estimate, with its sources, that passes the schema', () => {
    const answers = seededAnswers(
      check,
      allAt(1),
      questionnaire.capabilities.map((c) => c.id),
      'assessment-quick1',
      '2026-11-24T15:00:00.000Z',
    );
    expect(answers).toHaveLength(questionnaire.capabilities.length);
    for (const answer of answers) {
      expect(answerSchema.safeParse(answer).success).toBe(true);
      expect(answer).toMatchObject({ state: 'level', level: 1, estimate: true, confidence: 'low' });
      expect(answer.notes).toMatch(/^Estimated from the quick check/);
    }
  });
});
