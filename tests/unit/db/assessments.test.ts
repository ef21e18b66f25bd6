import { beforeEach, describe, expect, it } from 'vitest';
import {
  answersByAssessment,
  deleteAssessment,
  getAnswer,
  getAnswers,
  getAssessment,
  listAssessments,
  putAnswer,
  putAssessment,
} from '../../../src/db/assessments';
import { freezeMilestone, listMilestones } from '../../../src/db/milestones';
import { useFreshDb } from '../helpers/freshDb';
import { makeAnswer, makeAssessment } from '../helpers/records';

const LATER = '2026-11-25T09:30:00.000Z';

beforeEach(() => {
  useFreshDb();
});

describe('assessments', () => {
  it('stores and reads back an assessment unchanged', async () => {
    const assessment = makeAssessment();
    await putAssessment(assessment);
    await expect(getAssessment(assessment.id)).resolves.toEqual(assessment);
    await expect(getAssessment('no-such-assessment')).resolves.toBeUndefined();
  });

  it('lists assessments most recently changed first', async () => {
    await putAssessment(makeAssessment({ id: 'older-one', updatedAt: '2026-01-01T00:00:00.000Z' }));
    await putAssessment(makeAssessment({ id: 'newer-one', updatedAt: LATER }));
    await putAssessment(makeAssessment({ id: 'middle-one', updatedAt: '2026-06-01T00:00:00.000Z' }));
    expect((await listAssessments()).map((a) => a.id)).toEqual(['newer-one', 'middle-one', 'older-one']);
  });
});

describe('answers', () => {
  it('stores an answer, reads it back and marks the assessment as changed', async () => {
    await putAssessment(makeAssessment());
    const answer = makeAnswer('ci', { level: 3, target: 4, notes: 'Pipelines on every merge', updatedAt: LATER });
    await putAnswer(answer);
    await expect(getAnswers('assessment-1')).resolves.toEqual([answer]);
    await expect(getAnswer('assessment-1', 'ci')).resolves.toEqual(answer);
    expect((await getAssessment('assessment-1'))?.updatedAt).toBe(LATER);
  });

  it('keeps one answer per capability, the latest one', async () => {
    await putAssessment(makeAssessment());
    await putAnswer(makeAnswer('ci', { level: 1 }));
    await putAnswer(makeAnswer('ci', { level: 3 }));
    const answers = await getAnswers('assessment-1');
    expect(answers).toHaveLength(1);
    expect(answers[0]?.level).toBe(3);
  });

  it('keeps the answers of different assessments apart', async () => {
    await putAssessment(makeAssessment());
    await putAssessment(makeAssessment({ id: 'assessment-2' }));
    await putAnswer(makeAnswer('ci'));
    await putAnswer(makeAnswer('ci', { assessmentId: 'assessment-2', state: 'dont-know', level: null }));
    await putAnswer(makeAnswer('tests', { assessmentId: 'assessment-2', state: null, level: null }));
    expect((await getAnswers('assessment-1')).map((a) => a.state)).toEqual(['level']);
    expect(await getAnswers('assessment-2')).toHaveLength(2);
    const grouped = await answersByAssessment();
    expect([...grouped.keys()].sort()).toEqual(['assessment-1', 'assessment-2']);
    expect(grouped.get('assessment-1')?.map((a) => a.capabilityId)).toEqual(['ci']);
    expect(
      grouped
        .get('assessment-2')
        ?.map((a) => a.state)
        .sort(),
    ).toEqual(['dont-know', null]);
  });
});

describe('deleteAssessment', () => {
  it('deletes the assessment with its answers and milestones, and nothing else', async () => {
    await putAssessment(makeAssessment());
    await putAssessment(makeAssessment({ id: 'assessment-2' }));
    await putAnswer(makeAnswer('ci'));
    await putAnswer(makeAnswer('ci', { assessmentId: 'assessment-2' }));
    const request = { name: 'Baseline', date: '2026-11-24', createdAt: LATER };
    await freezeMilestone({ ...request, id: 'milestone-1', assessmentId: 'assessment-1' });
    await freezeMilestone({ ...request, id: 'milestone-2', assessmentId: 'assessment-2' });

    await deleteAssessment('assessment-1');

    await expect(getAssessment('assessment-1')).resolves.toBeUndefined();
    await expect(getAnswers('assessment-1')).resolves.toEqual([]);
    await expect(listMilestones('assessment-1')).resolves.toEqual([]);
    expect(await getAssessment('assessment-2')).toBeDefined();
    expect(await getAnswers('assessment-2')).toHaveLength(1);
    expect((await listMilestones('assessment-2')).map((m) => m.id)).toEqual(['milestone-2']);
  });
});
