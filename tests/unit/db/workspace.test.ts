import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearWorkspace,
  readWorkspace,
  readWorkspaceInChunks,
  readWorkspaceWithSettings,
  replaceWorkspace,
  restoreWorkspace,
  workspaceCounts,
} from '../../../src/db/workspace';
import { largeWorkspace } from '../lib/exchange/mergeFixture';
import type { Answer } from '../../../src/schemas/assessment';
import type { WorkspaceData } from '../../../src/schemas/workspace';
import { useFreshDb } from '../helpers/freshDb';
import { withoutKey } from '../helpers/issues';
import { makeAnswer, makeAssessment, NOW } from '../helpers/records';
import { emptyWorkspaceData } from '../../../src/lib/workspaceData';

const sortById = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const sortAnswers = (answers: Answer[]) =>
  [...answers].sort((a, b) => `${a.assessmentId}/${a.capabilityId}`.localeCompare(`${b.assessmentId}/${b.capabilityId}`));

function workspace(prefix: string): WorkspaceData {
  const assessment = makeAssessment({ id: `${prefix}-assessment`, name: `${prefix} assessment` });
  const answers = ['ci', 'tests'].map((capabilityId) => makeAnswer(capabilityId, { assessmentId: assessment.id }));
  return {
    ...emptyWorkspaceData(),
    assessments: [assessment],
    answers,
    milestones: [
      {
        id: `${prefix}-milestone`,
        assessmentId: assessment.id,
        name: 'Baseline',
        date: '2026-11-24',
        createdAt: NOW,
        assessment,
        answers,
      },
    ],
  };
}

function normalised(data: WorkspaceData): WorkspaceData {
  return {
    ...data,
    assessments: sortById(data.assessments),
    answers: sortAnswers(data.answers),
    milestones: sortById(data.milestones),
  };
}

beforeEach(() => {
  useFreshDb();
});

describe('workspace', () => {
  it('starts empty', async () => {
    await expect(workspaceCounts()).resolves.toMatchObject({
      assessments: 0,
      answers: 0,
      milestones: 0,
      useCases: 0,
      reviews: 0,
    });
    await expect(readWorkspace()).resolves.toEqual(emptyWorkspaceData());
  });

  it('reads back exactly what replaced it', async () => {
    const data = workspace('first');
    await replaceWorkspace(data);
    expect(normalised(await readWorkspace())).toEqual(normalised(data));
    await expect(workspaceCounts()).resolves.toMatchObject({
      assessments: 1,
      answers: 2,
      milestones: 1,
      useCases: 0,
      reviews: 0,
    });
  });

  it('replaces everything rather than merging', async () => {
    await replaceWorkspace(workspace('first'));
    const second = workspace('second');
    await replaceWorkspace(second);
    expect(normalised(await readWorkspace())).toEqual(normalised(second));
  });

  it('is empty after clearing', async () => {
    await replaceWorkspace(workspace('first'));
    await clearWorkspace();
    await expect(workspaceCounts()).resolves.toMatchObject({
      assessments: 0,
      answers: 0,
      milestones: 0,
      useCases: 0,
      reviews: 0,
    });
  });

  it('changes nothing when a record cannot be stored', async () => {
    const before = workspace('first');
    await replaceWorkspace(before);
    const broken = workspace('second');
    broken.answers.push(withoutKey(makeAnswer('drift'), 'assessmentId') as Answer);

    await expect(replaceWorkspace(broken)).rejects.toThrow();

    expect(normalised(await readWorkspace())).toEqual(normalised(before));
    await expect(workspaceCounts()).resolves.toMatchObject({
      assessments: 1,
      answers: 2,
      milestones: 1,
      useCases: 0,
      reviews: 0,
    });
  });

  it('reads every row once, a chunk at a time in key order, with the settings, for an export', async () => {
    await restoreWorkspace(largeWorkspace(), { weightProfileId: 'equal' });
    const chunks: Record<string, unknown[][]> = {};
    const read = await readWorkspaceInChunks((table, rows) => (chunks[table] ??= []).push(rows));
    const whole = await readWorkspaceWithSettings();
    expect(read).toEqual(whole);
    expect(read.settings).toEqual({ weightProfileId: 'equal' });
    // 4,500 use cases: two full chunks and the rest.
    expect(chunks['useCases']?.map((rows) => rows.length)).toEqual([2_000, 2_000, 503]);
    // Answers are keyed by two parts (assessment and capability): the next chunk starts after both.
    expect(chunks['answers']?.map((rows) => rows.length)).toEqual([2_000, 404]);
    for (const [table, list] of Object.entries(chunks))
      expect(list.flat(), table).toEqual(whole.data[table as keyof typeof whole.data]);
  });
});
