import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAnswers, getAssessment } from '../../../../src/db/assessments';
import { getMeta, setMeta } from '../../../../src/db/meta';
import { answerSchema, assessmentSchema } from '../../../../src/schemas/assessment';
import { quickCheckSchema } from '../../../../src/schemas/quickCheck';
import { $quickAnswers, chooseQuickAnswer, loadQuickAnswers, seedAssessment } from '../../../../src/stores/assessment/quickCheck';
import { $saveState, localWrites, resetSaveState } from '../../../../src/stores/save/saveState';
import { useFreshDb } from '../../helpers/freshDb';
import { loadQuestionnaire } from '../../helpers/loadContent';

const check = quickCheckSchema.parse(parse(readFileSync(join(process.cwd(), 'content/assessment/quick-check.yaml'), 'utf8')));

beforeEach(() => {
  useFreshDb();
  $quickAnswers.set({});
});

describe('the quick-check answers', () => {
  it('survive a reload', async () => {
    await loadQuickAnswers();
    await chooseQuickAnswer('ownership', 2);
    $quickAnswers.set({});
    await loadQuickAnswers();
    expect($quickAnswers.get()).toEqual({ ownership: 2 });
  });

  it('are read without saying anything was saved', async () => {
    resetSaveState();
    const writes = localWrites();
    await loadQuickAnswers();
    expect($saveState.get()).toEqual({ kind: 'idle' });
    expect(localWrites()).toBe(writes);
  });

  it('keep a choice made while the stored answers were still being read, and the stored ones too', async () => {
    await setMeta('assessment.quickCheck', { ownership: 2 });
    const reading = loadQuickAnswers();
    const choosing = chooseQuickAnswer('teams', 1);
    await Promise.all([reading, choosing]);
    expect($quickAnswers.get()).toEqual({ ownership: 2, teams: 1 });
    expect(await getMeta('assessment.quickCheck')).toEqual({ ownership: 2, teams: 1 });
  });
});

describe('seedAssessment', () => {
  it('stores a new assessment with its estimated answers, each passing its schema and marked as an estimate', async () => {
    const questionnaire = await loadQuestionnaire();
    await loadQuickAnswers();
    await chooseQuickAnswer('path-to-production', 1);
    const created = await seedAssessment(
      check,
      {
        id: questionnaire.id,
        version: questionnaire.version,
        hash: questionnaire.hash,
        capabilityIds: questionnaire.capabilities.map((c) => c.id),
      },
      'Leadership estimate',
      '2026-11-24',
    );
    expect(created).toBeDefined();
    const stored = await getAssessment(created?.id ?? '');
    expect(assessmentSchema.safeParse(stored).success).toBe(true);
    const answers = await getAnswers(created?.id ?? '');
    expect(answers.map((a) => a.capabilityId).sort()).toEqual(
      ['ci-cd-for-ml', 'deployment-options', 'model-repository', 'testing-and-validation'].sort(),
    );
    for (const answer of answers) {
      expect(answerSchema.safeParse(answer).success).toBe(true);
      expect(answer).toMatchObject({ level: 1, estimate: true });
    }
  });
});
