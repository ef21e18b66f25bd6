import { beforeEach, describe, expect, it } from 'vitest';
import { addToWorkspace, readWorkspaceWithSettings, restoreWorkspace } from '../../../src/db/workspace';
import { watchQuery } from '../../../src/db/live';
import { db } from '../../../src/db/db';
import type { Answer } from '../../../src/schemas/assessment';
import type { WorkspaceData } from '../../../src/schemas/workspace';
import { emptyWorkspaceData } from '../../../src/lib/workspaceData';
import { useFreshDb } from '../helpers/freshDb';
import { makeAnswer, makeAssessment } from '../helpers/records';

function oneAssessment(id: string): WorkspaceData {
  const assessment = makeAssessment({ id, name: `Assessment ${id}` });
  return {
    ...emptyWorkspaceData(),
    assessments: [assessment],
    answers: ['ci', 'tests'].map((capabilityId) => makeAnswer(capabilityId, { assessmentId: id })),
  };
}

/** The values a live query hands out, and a way to wait for the next one that passes `ready`. */
function watchAnswersOf(assessmentId: string) {
  const seen: Answer[][] = [];
  let wake: (() => void) | undefined;
  const stop = watchQuery(
    () => db().answers.where('assessmentId').equals(assessmentId).toArray(),
    (value) => {
      seen.push(value);
      wake?.();
    },
    (error) => {
      throw error;
    },
  );
  const until = async (ready: (value: Answer[]) => boolean) => {
    const deadline = Date.now() + 2_000;
    while (!seen.some(ready)) {
      if (Date.now() > deadline) throw new Error(`the live query saw only ${JSON.stringify(seen.map((v) => v.length))}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 50);
      });
    }
  };
  return { seen, until, stop };
}

beforeEach(() => {
  useFreshDb();
});

describe('the writes of a restore or an import', () => {
  it('tell a live query that found nothing before that rows now match it', async () => {
    const watcher = watchAnswersOf('restored');
    await watcher.until((value) => value.length === 0);
    await restoreWorkspace(oneAssessment('restored'), {});
    await watcher.until((value) => value.length === 2);
    watcher.stop();
  });

  it('tell a live query of rows added by an import', async () => {
    await restoreWorkspace(oneAssessment('first'), {});
    const watcher = watchAnswersOf('added');
    await watcher.until((value) => value.length === 0);
    await addToWorkspace(() => ({ put: oneAssessment('added'), settings: null }));
    await watcher.until((value) => value.length === 2);
    watcher.stop();
  });

  it('store nothing, settings included, when one row cannot be copied into the database', async () => {
    await restoreWorkspace(oneAssessment('kept'), { weightProfileId: 'equal' });
    const before = await readWorkspaceWithSettings();
    const broken = oneAssessment('broken');
    // A function cannot be stored: the database refuses the row, and with it the whole restore.
    broken.answers.push({ ...makeAnswer('drift', { assessmentId: 'broken' }), notes: (() => 1) as unknown as string });

    await expect(restoreWorkspace(broken, { weightProfileId: 'custom' })).rejects.toThrow();
    await expect(readWorkspaceWithSettings()).resolves.toEqual(before);
  });

  it('store nothing of an import when one row cannot be stored', async () => {
    await restoreWorkspace(oneAssessment('kept'), {});
    const before = await readWorkspaceWithSettings();
    const broken = oneAssessment('broken');
    broken.answers.push({ ...makeAnswer('drift'), assessmentId: undefined } as unknown as Answer);

    await expect(addToWorkspace(() => ({ put: broken, settings: { weightProfileId: 'custom' } }))).rejects.toThrow();
    await expect(readWorkspaceWithSettings()).resolves.toEqual(before);
  });
});
