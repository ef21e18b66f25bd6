import type { WorkspaceData } from '../schemas/workspace';
import { db } from './db';

export interface WorkspaceCounts {
  assessments: number;
  answers: number;
  milestones: number;
}

export async function workspaceCounts(): Promise<WorkspaceCounts> {
  const database = db();
  const [assessments, answers, milestones] = await Promise.all([
    database.assessments.count(),
    database.answers.count(),
    database.milestones.count(),
  ]);
  return { assessments, answers, milestones };
}

export async function readWorkspace(): Promise<WorkspaceData> {
  const database = db();
  return database.transaction('r', database.assessments, database.answers, database.milestones, async () => ({
    assessments: await database.assessments.toArray(),
    answers: await database.answers.toArray(),
    milestones: await database.milestones.toArray(),
  }));
}

/** Replaces everything stored with `data`, in one transaction: on any failure nothing changes. */
export async function replaceWorkspace(data: WorkspaceData): Promise<void> {
  const database = db();
  await database.transaction('rw', database.assessments, database.answers, database.milestones, async () => {
    await Promise.all([database.assessments.clear(), database.answers.clear(), database.milestones.clear()]);
    await database.assessments.bulkPut(data.assessments);
    await database.answers.bulkPut(data.answers);
    await database.milestones.bulkPut(data.milestones);
  });
}

export async function clearWorkspace(): Promise<void> {
  await replaceWorkspace({ assessments: [], answers: [], milestones: [] });
}
