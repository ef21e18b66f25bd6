import { beforeEach, describe, expect, it } from 'vitest';
import { putAnswer, putAssessment } from '../../../src/db/assessments';
import { deleteMilestone, freezeMilestone, listMilestones } from '../../../src/db/milestones';
import { milestoneSchema } from '../../../src/schemas/assessment';
import { useFreshDb } from '../helpers/freshDb';
import { makeAnswer, makeAssessment } from '../helpers/records';

const request = (id: string, createdAt: string) => ({
  id,
  assessmentId: 'assessment-1',
  name: `Milestone ${id}`,
  date: '2026-11-24',
  createdAt,
});

beforeEach(async () => {
  useFreshDb();
  await putAssessment(makeAssessment());
  await putAnswer(makeAnswer('ci', { level: 1 }));
  await putAnswer(makeAnswer('tests', { state: 'dont-know', level: null }));
});

describe('freezeMilestone', () => {
  it('copies the assessment and all its answers as they are now', async () => {
    const milestone = await freezeMilestone(request('q4-baseline', '2026-11-24T16:00:00.000Z'));
    expect(milestone.assessment).toEqual(makeAssessment());
    expect(milestone.answers.map((a) => [a.capabilityId, a.state, a.level]).sort()).toEqual([
      ['ci', 'level', 1],
      ['tests', 'dont-know', null],
    ]);
    expect(milestoneSchema.safeParse(milestone).success).toBe(true);
    expect(await listMilestones('assessment-1')).toEqual([milestone]);
  });

  it('is not changed by later answers', async () => {
    await freezeMilestone(request('q4-baseline', '2026-11-24T16:00:00.000Z'));
    await putAnswer(makeAnswer('ci', { level: 4, updatedAt: '2026-12-01T00:00:00.000Z' }));
    await putAnswer(makeAnswer('drift', { level: 2 }));
    const [stored] = await listMilestones('assessment-1');
    expect(stored?.answers.find((a) => a.capabilityId === 'ci')?.level).toBe(1);
    expect(stored?.answers).toHaveLength(2);
    expect(stored?.assessment.updatedAt).toBe(makeAssessment().updatedAt);
  });

  it('refuses to freeze an assessment that does not exist, storing nothing', async () => {
    await expect(
      freezeMilestone({ ...request('orphan', '2026-11-24T16:00:00.000Z'), assessmentId: 'missing-one' }),
    ).rejects.toThrow('No assessment with id missing-one');
    await expect(listMilestones('missing-one')).resolves.toEqual([]);
  });

  it('refuses a second milestone with the same id', async () => {
    await freezeMilestone(request('same-id-1', '2026-11-24T16:00:00.000Z'));
    await expect(freezeMilestone(request('same-id-1', '2026-11-25T16:00:00.000Z'))).rejects.toThrow();
    expect(await listMilestones('assessment-1')).toHaveLength(1);
  });
});

describe('listMilestones', () => {
  it('lists the newest first', async () => {
    await freezeMilestone(request('middle-1', '2026-06-01T00:00:00.000Z'));
    await freezeMilestone(request('newest-1', '2026-11-24T00:00:00.000Z'));
    await freezeMilestone(request('oldest-1', '2026-01-01T00:00:00.000Z'));
    expect((await listMilestones('assessment-1')).map((m) => m.id)).toEqual(['newest-1', 'middle-1', 'oldest-1']);
  });

  it('no longer lists a deleted milestone', async () => {
    await freezeMilestone(request('keep-this', '2026-06-01T00:00:00.000Z'));
    await freezeMilestone(request('drop-this', '2026-07-01T00:00:00.000Z'));
    await deleteMilestone('drop-this');
    expect((await listMilestones('assessment-1')).map((m) => m.id)).toEqual(['keep-this']);
  });
});
