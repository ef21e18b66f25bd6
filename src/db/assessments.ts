import type { Answer, Assessment } from '../schemas/assessment';
import { nowIso } from '../lib/ids';
import { applyAnswerPatch, applyFieldPatch, blankAnswer, type AnswerPatch, type AssessmentPatch } from '../lib/patches';
import { db } from './db';
import { MissingRecordError } from './errors';
import { patchRecord } from './patch';

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

/**
 * Applies a change to the latest stored answer (or to a blank one) and marks the assessment as
 * changed, reading and writing in one transaction, so a change made meanwhile in another tab to
 * another field of the same answer is kept. Returns the answer as stored.
 */
export async function patchAnswer(assessmentId: string, capabilityId: string, patch: AnswerPatch): Promise<Answer> {
  const database = db();
  return database.transaction('rw', database.answers, database.assessments, async () => {
    if (!(await database.assessments.get(assessmentId))) throw new MissingRecordError('This assessment');
    const at = nowIso();
    const current = (await database.answers.get([assessmentId, capabilityId])) ?? blankAnswer(assessmentId, capabilityId, at);
    const next = applyAnswerPatch(current, patch, at);
    await database.answers.put(next);
    await database.assessments.update(assessmentId, { updatedAt: at });
    return next;
  });
}

/** Changes some details of the latest stored assessment, in one transaction; returns it as stored. */
export function patchAssessment(id: string, patch: AssessmentPatch): Promise<Assessment> {
  return patchRecord(db().assessments, id, 'This assessment', (current, at) => applyFieldPatch(current, patch, at));
}

/** An assessment with its answers, read together (for a live query). */
export async function readAssessment(id: string): Promise<{ assessment: Assessment; answers: Answer[] } | null> {
  const [assessment, answers] = await Promise.all([getAssessment(id), getAnswers(id)]);
  return assessment ? { assessment, answers } : null;
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
