import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { putAnswer, putAssessment } from '../../../src/db/assessments';
import { changesSince, compareVersions } from '../../../src/lib/questionnaireChanges';
import { answerSchema, assessmentSchema, type Answer, type Assessment } from '../../../src/schemas/assessment';
import { $answers, $loadState, openAssessment } from '../../../src/stores/assessment/answering';
import { useFreshDb } from '../helpers/freshDb';
import { loadQuestionnaire } from '../helpers/loadContent';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/assessment-questionnaire-v1.json', import.meta.url), 'utf8')) as {
  assessment: Assessment;
  answers: Answer[];
};

describe('compareVersions', () => {
  it('orders semantic versions numerically', () => {
    expect(compareVersions('2.0.0', '1.10.0')).toBe(1);
    expect(compareVersions('1.2.0', '1.10.0')).toBe(-1);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });
});

describe('an assessment answered against questionnaire 1.0.0', () => {
  beforeEach(async () => {
    useFreshDb();
    await putAssessment(assessmentSchema.parse(fixture.assessment));
    for (const answer of fixture.answers) await putAnswer(answerSchema.parse(answer));
  });

  it('opens with every answer it had, unchanged', async () => {
    await openAssessment(fixture.assessment.id);
    expect($loadState.get()).toEqual({ kind: 'ready' });
    const opened = $answers.get();
    expect(Object.keys(opened).sort()).toEqual(fixture.answers.map((a) => a.capabilityId).sort());
    for (const answer of fixture.answers) expect(opened[answer.capabilityId]).toEqual(answer);
  });

  it('answered only capabilities the current questionnaire still has, so no answer is orphaned', async () => {
    const questionnaire = await loadQuestionnaire();
    const current = new Set(questionnaire.capabilities.map((c) => c.id));
    for (const answer of fixture.answers) expect(current).toContain(answer.capabilityId);
  });

  it('lists what is new and what changed since', async () => {
    const questionnaire = await loadQuestionnaire();
    const changes = changesSince(questionnaire, fixture.assessment.questionnaire);
    expect(changes).not.toBeNull();
    expect(changes?.fromVersion).toBe('1.0.0');
    expect(changes?.toVersion).toBe(questionnaire.version);
    expect(changes?.newIds).toEqual([
      'online-experimentation',
      'genai-evaluation-and-guardrails',
      'ai-management-system',
      'open-source-governance',
      'ml-cost-management',
    ]);
    // The new capabilities are exactly those the old assessment could not have answered.
    const answered = new Set(fixture.answers.map((a) => a.capabilityId));
    expect(questionnaire.capabilities.filter((c) => !answered.has(c.id)).map((c) => c.id)).toEqual(changes?.newIds);
    expect(changes?.changedIds).toContain('experimentation-and-reproducibility');
    expect(changes?.changedIds).toContain('cloud-and-open-source');
    expect(changes?.changedIds.every((id) => answered.has(id))).toBe(true);
  });
});

describe('changesSince', () => {
  it('says nothing for an assessment answered against the current wording', async () => {
    const questionnaire = await loadQuestionnaire();
    expect(changesSince(questionnaire, questionnaire)).toBeNull();
  });

  it('reports a wording change without a version in between', async () => {
    const questionnaire = await loadQuestionnaire();
    const changes = changesSince(questionnaire, { version: questionnaire.version, hash: '0'.repeat(64) });
    expect(changes).toMatchObject({ newIds: [], changedIds: [], wordingChanged: true });
  });
});
