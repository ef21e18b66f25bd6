import { beforeEach, describe, expect, it } from 'vitest';
import { getAnswer, getAssessment, putAssessment } from '../../../../src/db/assessments';
import type { PortalDb } from '../../../../src/db/db';
import {
  $answers,
  $assessment,
  $loadState,
  closeAssessment,
  openAssessment,
  confirmEstimate,
  updateAnswer,
  updateAssessmentDetails,
} from '../../../../src/stores/assessment/answering';
import { $saveState, resetSaveState } from '../../../../src/stores/save/saveState';
import { useFreshDb } from '../../helpers/freshDb';
import { makeAnswer, makeAssessment } from '../../helpers/records';

let database: PortalDb;

beforeEach(async () => {
  database = useFreshDb();
  resetSaveState();
  await putAssessment(makeAssessment());
});

/** Counts the answer writes that reach the database. */
function countWrites(): () => number {
  let writes = 0;
  database.answers.hook('creating', () => {
    writes += 1;
  });
  database.answers.hook('updating', () => {
    writes += 1;
  });
  return () => writes;
}

describe('openAssessment', () => {
  it('loads the assessment and its answers keyed by capability', async () => {
    await database.answers.put(makeAnswer('ci', { level: 3 }));
    await openAssessment('assessment-1');
    expect($loadState.get()).toEqual({ kind: 'ready' });
    expect($assessment.get()?.name).toBe('Fraud team baseline');
    expect(Object.keys($answers.get())).toEqual(['ci']);
    expect($answers.get()['ci']?.level).toBe(3);
  });

  it('reports an unknown id as missing', async () => {
    await openAssessment('no-such-assessment');
    expect($loadState.get()).toEqual({ kind: 'missing' });
    expect($assessment.get()).toBeNull();
  });

  it('reports storage that cannot be read as an error with a readable message', async () => {
    database.assessments.get = () => Promise.reject(new DOMException('blocked', 'InvalidStateError')) as never;
    await openAssessment('assessment-1');
    const state = $loadState.get();
    expect(state.kind).toBe('error');
    expect(state.kind === 'error' && state.message).toMatch(/storage is not available/);
  });
});

describe('updateAnswer', () => {
  beforeEach(async () => {
    await openAssessment('assessment-1');
  });

  it('shows the change at once and stores it', async () => {
    const saved = updateAnswer('ci', { state: 'level', level: 2 });
    expect($answers.get()['ci']).toMatchObject({ state: 'level', level: 2, assessmentId: 'assessment-1' });
    await saved;
    expect(await getAnswer('assessment-1', 'ci')).toEqual($answers.get()['ci']);
    expect($saveState.get().kind).toBe('saved');
  });

  it('coalesces quick changes: the stored answer is the last one and waiting versions are skipped', async () => {
    const writes = countWrites();
    await Promise.all([
      updateAnswer('ci', { state: 'level', level: 1 }),
      updateAnswer('ci', { level: 2, state: 'level' }),
      updateAnswer('ci', { target: 4 }),
    ]);
    const stored = await getAnswer('assessment-1', 'ci');
    expect(stored).toMatchObject({ state: 'level', level: 2, target: 4 });
    expect(stored).toEqual($answers.get()['ci']);
    expect(writes()).toBe(2);
    expect($saveState.get().kind).toBe('saved');
  });

  it('clears the reason when the state moves away from "not applicable"', async () => {
    await updateAnswer('drift', { state: 'not-applicable', naReason: 'No models in production' });
    expect((await getAnswer('assessment-1', 'drift'))?.naReason).toBe('No models in production');
    await updateAnswer('drift', { state: 'level', level: 1 });
    const stored = await getAnswer('assessment-1', 'drift');
    expect(stored).toMatchObject({ state: 'level', level: 1, naReason: '' });
  });

  it('clears the level when the state moves away from "level"', async () => {
    await updateAnswer('drift', { state: 'level', level: 3 });
    await updateAnswer('drift', { state: 'dont-know' });
    expect(await getAnswer('assessment-1', 'drift')).toMatchObject({ state: 'dont-know', level: null });
  });

  it('marks the assessment as changed when an answer is stored', async () => {
    const before = (await getAssessment('assessment-1'))?.updatedAt;
    await updateAnswer('ci', { notes: 'Pipelines exist for two models' });
    const after = (await getAssessment('assessment-1'))?.updatedAt;
    expect(after).toBe((await getAnswer('assessment-1', 'ci'))?.updatedAt);
    expect(after).not.toBe(before);
  });

  it('reports a failed write in the save state', async () => {
    database.close();
    await updateAnswer('ci', { state: 'level', level: 2 });
    const state = $saveState.get();
    expect(state.kind).toBe('error');
    expect(state.kind === 'error' && state.message).toMatch(/storage is not available/);
  });
});

describe('updateAssessmentDetails', () => {
  it('stores the new details', async () => {
    await openAssessment('assessment-1');
    await updateAssessmentDetails({ name: 'Fraud team, second round' });
    expect($assessment.get()?.name).toBe('Fraud team, second round');
    expect((await getAssessment('assessment-1'))?.name).toBe('Fraud team, second round');
    expect($saveState.get().kind).toBe('saved');
  });

  it('does nothing before an assessment is open', async () => {
    closeAssessment();
    await updateAssessmentDetails({ name: 'Nobody sees this' });
    expect((await getAssessment('assessment-1'))?.name).toBe('Fraud team baseline');
    expect($saveState.get().kind).toBe('idle');
  });
});

describe('opening a second assessment', () => {
  it('forgets the answers of the one opened before when the next one is missing', async () => {
    await putAssessment(makeAssessment({ id: 'first-assessment' }));
    await openAssessment('first-assessment');
    await updateAnswer('ci', { state: 'level', level: 3 });
    await openAssessment('no-such-assessment');
    expect($loadState.get()).toEqual({ kind: 'missing' });
    expect($assessment.get()).toBeNull();
    expect($answers.get()).toEqual({});
  });
});

describe('estimates seeded by the quick check', () => {
  beforeEach(async () => {
    await database.answers.put(makeAnswer('ci', { level: 2, estimate: true }));
    await openAssessment('assessment-1');
  });

  it('stay estimates while only notes change', async () => {
    await updateAnswer('ci', { notes: 'Two pipelines so far.' });
    expect((await getAnswer('assessment-1', 'ci'))?.estimate).toBe(true);
  });

  it('stop being estimates when the person chooses a level', async () => {
    await updateAnswer('ci', { state: 'level', level: 3 });
    const stored = await getAnswer('assessment-1', 'ci');
    expect(stored?.level).toBe(3);
    expect(stored).not.toHaveProperty('estimate');
  });

  it('stop being estimates when the person confirms the seeded level', async () => {
    await confirmEstimate('ci');
    const stored = await getAnswer('assessment-1', 'ci');
    expect(stored?.level).toBe(2);
    expect(stored).not.toHaveProperty('estimate');
  });
});
