import type { Milestone } from '../schemas/assessment';
import { db } from './db';

interface MilestoneRequest {
  id: string;
  assessmentId: string;
  name: string;
  date: string;
  createdAt: string;
}

/** Freezes the assessment and its answers as they are now, read in the same transaction as the write. */
export async function freezeMilestone(request: MilestoneRequest): Promise<Milestone> {
  const database = db();
  return database.transaction('rw', database.assessments, database.answers, database.milestones, async () => {
    const assessment = await database.assessments.get(request.assessmentId);
    if (!assessment) throw new Error(`No assessment with id ${request.assessmentId}`);
    const answers = await database.answers.where('assessmentId').equals(request.assessmentId).toArray();
    const milestone: Milestone = { ...request, assessment, answers };
    await database.milestones.add(milestone);
    return milestone;
  });
}

export async function listMilestones(assessmentId: string): Promise<Milestone[]> {
  const milestones = await db().milestones.where('assessmentId').equals(assessmentId).toArray();
  return milestones.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function deleteMilestone(id: string): Promise<void> {
  await db().milestones.delete(id);
}
