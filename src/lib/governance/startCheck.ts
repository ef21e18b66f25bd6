import { limits } from '../../schemas/limits';
import { lengthProblem } from '../textLimits';

/** What the "Start a review" form holds before it is checked. */
export interface StartDraft {
  templateKey: string;
  subjectKind: 'use-case' | 'model';
  useCaseId: string;
  modelName: string;
  reviewerName: string;
}

type StartField = keyof StartDraft;
export interface StartProblem {
  field: StartField;
  message: string;
}

export function checkStart(draft: StartDraft, templateKeys: readonly string[], useCaseIds: readonly string[]): StartProblem[] {
  const problems: StartProblem[] = [];
  if (!templateKeys.includes(draft.templateKey))
    problems.push({ field: 'templateKey', message: 'Select the checklist to review against' });
  if (draft.subjectKind === 'use-case' && !useCaseIds.includes(draft.useCaseId)) {
    problems.push({
      field: 'useCaseId',
      message:
        useCaseIds.length === 0
          ? 'There are no use cases in the backlog yet: add one there, or review a named model'
          : 'Select the use case to review',
    });
  }
  if (draft.subjectKind === 'model' && draft.modelName.trim() === '')
    problems.push({ field: 'modelName', message: 'Enter the name of the model, for example “Route ETA model v3”' });
  const longName =
    draft.subjectKind === 'model' ? lengthProblem('The model name', draft.modelName, limits.review.modelName) : null;
  if (longName) problems.push({ field: 'modelName', message: longName });
  if (draft.reviewerName.trim() === '')
    problems.push({ field: 'reviewerName', message: 'Enter your name, so the history shows who started the review' });
  const longReviewer = lengthProblem('Your name', draft.reviewerName, limits.audit.actor);
  if (longReviewer) problems.push({ field: 'reviewerName', message: longReviewer });
  return problems;
}
