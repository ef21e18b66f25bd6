import { beforeEach, describe, expect, it } from 'vitest';
import { getAnswer, patchAnswer, putAssessment } from '../../../../src/db/assessments';
import type { PortalDb } from '../../../../src/db/db';
import { $answers, $assessment, openAssessment, updateAnswer } from '../../../../src/stores/assessment/answering';
import { $saveState, attempt, resetSaveState, retryUnsaved } from '../../../../src/stores/save/saveState';
import { useFreshDb } from '../../helpers/freshDb';
import { makeAnswer, makeAssessment } from '../../helpers/records';
import { waitForStore } from '../../helpers/waitFor';

let database: PortalDb;

beforeEach(async () => {
  database = useFreshDb();
  resetSaveState();
  await putAssessment(makeAssessment());
  await openAssessment('assessment-1');
});

describe('answers stay live', () => {
  it('shows a change stored by another tab without opening the assessment again', async () => {
    const watching = $answers.listen(() => undefined);
    await database.answers.put(makeAnswer('ci', { level: 4, notes: 'From the other tab' }));
    const answers = await waitForStore($answers, (value) => value['ci']?.level === 4);
    expect(answers['ci']?.notes).toBe('From the other tab');
    watching();
  });

  it('keeps notes written here when another tab then picks a level for the same capability', async () => {
    const watching = $answers.listen(() => undefined);
    expect(await updateAnswer('ci', { notes: 'Two pipelines run nightly' })).toBe(true);
    // The other tab still holds the answer as it was before the notes, and only sends its change.
    await patchAnswer('assessment-1', 'ci', { state: 'level', level: 3 });
    expect(await getAnswer('assessment-1', 'ci')).toMatchObject({ notes: 'Two pipelines run nightly', level: 3 });
    await waitForStore($answers, (value) => value['ci']?.level === 3);
    expect($answers.get()['ci']?.notes).toBe('Two pipelines run nightly');
    watching();
  });

  it('keeps the assessment details live too', async () => {
    const watching = $assessment.listen(() => undefined);
    await database.assessments.update('assessment-1', { name: 'Renamed in another tab' });
    await waitForStore($assessment, (value) => value?.name === 'Renamed in another tab');
    watching();
  });
});

describe('a write that fails', () => {
  it('keeps the typed text on screen, says it is not saved, keeps what was stored, and saves it on retry', async () => {
    await updateAnswer('ci', { notes: 'Saved before' });
    let full = true;
    database.answers.hook('updating', () => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await updateAnswer('ci', { notes: 'Saved before, and more' })).toBe(false);
    expect($answers.get()['ci']?.notes).toBe('Saved before, and more');
    expect((await getAnswer('assessment-1', 'ci'))?.notes).toBe('Saved before');
    const state = $saveState.get();
    expect(state.kind === 'error' && state.message).toMatch(/no storage space left/);

    // An unrelated write that succeeds does not make the indicator claim everything is saved.
    await attempt(() => putAssessment(makeAssessment({ id: 'other' })));
    expect($saveState.get().kind).toBe('error');

    full = false;
    await retryUnsaved();
    expect((await getAnswer('assessment-1', 'ci'))?.notes).toBe('Saved before, and more');
    expect($saveState.get().kind).toBe('saved');
  });
});
