import type { PortalDb } from '../../../src/db/db';
import { resetDrafts } from '../../../src/stores/governance/answers';
import { loadReviewRows } from '../../../src/stores/governance/list';
import { startNewReview } from '../../../src/stores/governance/start';
import { $review, $reviewAnswers, $reviewer, openReview } from '../../../src/stores/governance/review';
import { resetSaveState } from '../../../src/stores/save/saveState';
import type { UseCase } from '../../../src/schemas/backlog';
import { useFreshDb } from './freshDb';
import { AT, makeTemplate } from './governance';

/** What the store tests of governance share: a fresh database with one high-risk use case, and a review started on it. */
export const template = makeTemplate();
export const templates = [{ key: 'test-checklist@1.0.0', source: 'built-in' as const, template }];

export const useCase: UseCase = {
  id: 'usecase-0001',
  title: 'Driver fatigue alerts',
  description: '',
  sponsor: '',
  businessUnit: '',
  family: 'other',
  status: 'proposed',
  dataClassification: 'personal',
  riskTier: 'high',
  tags: [],
  archived: false,
  createdAt: AT,
  updatedAt: AT,
};

export async function freshGovernance(): Promise<PortalDb> {
  const database = useFreshDb();
  $review.set(null);
  $reviewAnswers.set({});
  $reviewer.set('');
  resetSaveState();
  resetDrafts();
  await database.useCases.put(useCase);
  return database;
}

export async function startAndOpen(): Promise<string> {
  await loadReviewRows();
  const started = await startNewReview(
    {
      templateKey: 'test-checklist@1.0.0',
      subjectKind: 'use-case',
      useCaseId: useCase.id,
      modelName: '',
      reviewerName: 'Ingrid Berg',
    },
    templates,
  );
  if (!started.ok) throw new Error('review not started');
  await openReview(started.reviewId);
  return started.reviewId;
}
