import { atom } from 'nanostores';
import type { Assessment, QuestionnaireRef } from '../schemas/assessment';
import { answeredCounts, deleteAssessment, listAssessments, putAssessment } from '../db/assessments';
import { describeStorageError } from '../db/errors';
import { newId, nowIso } from '../lib/ids';
import { track } from './saveState';

export interface AssessmentRow {
  assessment: Assessment;
  answered: number;
}

export const $assessmentRows = atom<AssessmentRow[] | null>(null);
export const $listError = atom<string | null>(null);

export async function loadAssessmentRows(): Promise<void> {
  try {
    const [assessments, counts] = await Promise.all([listAssessments(), answeredCounts()]);
    $assessmentRows.set(assessments.map((assessment) => ({ assessment, answered: counts.get(assessment.id) ?? 0 })));
  } catch (error) {
    $listError.set(describeStorageError(error));
    $assessmentRows.set([]);
  }
}

export interface NewAssessment {
  name: string;
  organisation: string;
  team: string;
  respondentName: string;
  respondentRole: string;
  date: string;
}

export async function createAssessment(details: NewAssessment, questionnaire: QuestionnaireRef): Promise<Assessment | undefined> {
  const now = nowIso();
  const assessment: Assessment = { id: newId(), ...details, questionnaire, createdAt: now, updatedAt: now };
  const stored = await track(async () => {
    await putAssessment(assessment);
    return true;
  });
  return stored ? assessment : undefined;
}

export async function removeAssessment(id: string): Promise<void> {
  await track(() => deleteAssessment(id));
  await loadAssessmentRows();
}
