import type { Answer, Assessment } from '../schemas/assessment';
import { db } from './db';

export async function listAssessments(): Promise<Assessment[]> {
  return db().assessments.orderBy('updatedAt').reverse().toArray();
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  return db().assessments.get(id);
}

export async function putAssessment(assessment: Assessment): Promise<void> {
  await db().assessments.put(assessment);
}

/** Deletes an assessment with its answers and milestones, all or nothing. */
export async function deleteAssessment(id: string): Promise<void> {
  const database = db();
  await database.transaction('rw', database.assessments, database.answers, database.milestones, async () => {
    await database.answers.where('assessmentId').equals(id).delete();
    await database.milestones.where('assessmentId').equals(id).delete();
    await database.assessments.delete(id);
  });
}

export async function getAnswers(assessmentId: string): Promise<Answer[]> {
  return db().answers.where('assessmentId').equals(assessmentId).toArray();
}

export async function getAnswer(assessmentId: string, capabilityId: string): Promise<Answer | undefined> {
  return db().answers.get([assessmentId, capabilityId]);
}

/** Stores one answer and marks its assessment as changed, in one transaction. */
export async function putAnswer(answer: Answer): Promise<void> {
  const database = db();
  await database.transaction('rw', database.answers, database.assessments, async () => {
    await database.answers.put(answer);
    await database.assessments.update(answer.assessmentId, { updatedAt: answer.updatedAt });
  });
}

/** Every stored answer, grouped by assessment, for lists that show progress and scores. */
export async function answersByAssessment(): Promise<Map<string, Answer[]>> {
  const grouped = new Map<string, Answer[]>();
  await db().answers.each((answer) => {
    const list = grouped.get(answer.assessmentId);
    if (list) list.push(answer);
    else grouped.set(answer.assessmentId, [answer]);
  });
  return grouped;
}
