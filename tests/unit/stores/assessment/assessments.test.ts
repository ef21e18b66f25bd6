import { beforeEach, describe, expect, it } from 'vitest';
import { putAnswer, putAssessment } from '../../../../src/db/assessments';
import { $assessmentRows, loadAssessmentRows } from '../../../../src/stores/assessment/assessments';
import { useFreshDb } from '../../helpers/freshDb';
import { makeAnswer, makeAssessment } from '../../helpers/records';

const capabilities = [
  { id: 'roles', dimension: 'people', weight: 1 },
  { id: 'ci', dimension: 'process', weight: 1 },
  { id: 'registry', dimension: 'platform', weight: 1 },
] as const;

describe('the list of assessments', () => {
  beforeEach(() => {
    useFreshDb();
    $assessmentRows.set(null);
  });

  it('shows each assessment with its answered count and overall score', async () => {
    await putAssessment(makeAssessment({ id: 'full-assessment', updatedAt: '2026-11-24T10:00:00.000Z' }));
    await putAssessment(makeAssessment({ id: 'empty-assessment', updatedAt: '2026-11-23T10:00:00.000Z' }));
    await putAnswer(makeAnswer('roles', { assessmentId: 'full-assessment', level: 1 }));
    await putAnswer(makeAnswer('ci', { assessmentId: 'full-assessment', level: 2 }));
    await putAnswer(makeAnswer('registry', { assessmentId: 'full-assessment', level: 3 }));

    await loadAssessmentRows([...capabilities]);
    const rows = $assessmentRows.get() ?? [];
    expect(rows.map((row) => [row.assessment.id, row.answered, row.score, row.provisional])).toEqual([
      ['full-assessment', 3, 2, false],
      ['empty-assessment', 0, null, false],
    ]);
  });

  it('marks a score resting on a third of the capabilities as provisional', async () => {
    await putAssessment(makeAssessment({ id: 'partial-assessment' }));
    await putAnswer(makeAnswer('roles', { assessmentId: 'partial-assessment', level: 4 }));
    await putAnswer(makeAnswer('ci', { assessmentId: 'partial-assessment', state: 'dont-know', level: null }));
    await loadAssessmentRows([...capabilities]);
    const [row] = $assessmentRows.get() ?? [];
    expect(row?.answered).toBe(2);
    expect(row?.score).toBe(4);
    expect(row?.provisional).toBe(true);
  });
});
