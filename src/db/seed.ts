import type { Answer, Assessment } from '../schemas/assessment';
import { db } from './db';

/** Stores a new assessment together with the answers it starts with, all or nothing. */
export async function putSeededAssessment(assessment: Assessment, answers: readonly Answer[]): Promise<void> {
  const database = db();
  await database.transaction('rw', database.assessments, database.answers, async () => {
    await database.assessments.put(assessment);
    await database.answers.bulkPut([...answers]);
  });
}
