import type { Answer, Assessment, Milestone } from '../../schemas/assessment';
import type { Rating, UseCase, WeightProfile } from '../../schemas/backlog';
import type { CustomTemplate, Review } from '../../schemas/governance';
import type { TableName } from './tables';
import { itemKey, type ItemRows } from './mergeItems';

/** New ids given to incoming copies ("keep both"), keyed by item key ("assessment:…"). */
export type Copies = ReadonlyMap<string, string>;

/**
 * The incoming item's rows as they will be written: under its new id when it is kept as a copy,
 * and pointing at the copies of the records it refers to. Audit entries are never touched: their
 * content is sealed by the hash chain.
 */
export function rewriteForCopy(item: ItemRows, copies: Copies, added: boolean): Partial<Record<TableName, unknown[]>> {
  const copyId = copies.get(itemKey(item.kind, item.id));
  const assessmentId = (id: string) => copies.get(itemKey('assessment', id)) ?? id;
  const useCaseId = (id: string) => copies.get(itemKey('useCase', id)) ?? id;
  const onAnswer = (answer: Answer): Answer => ({ ...answer, assessmentId: assessmentId(answer.assessmentId) });
  const rows = item.rows;
  switch (item.kind) {
    case 'assessment': {
      const [assessment] = (rows.assessments ?? []) as Assessment[];
      if (!assessment) return rows;
      return {
        assessments: [{ ...assessment, id: copyId ?? assessment.id }],
        answers: ((rows.answers ?? []) as Answer[]).map(onAnswer),
      };
    }
    case 'milestone':
      return {
        milestones: ((rows.milestones ?? []) as Milestone[]).map((milestone) => ({
          ...milestone,
          id: copyId ?? milestone.id,
          assessmentId: assessmentId(milestone.assessmentId),
          assessment: { ...milestone.assessment, id: assessmentId(milestone.assessment.id) },
          answers: milestone.answers.map(onAnswer),
        })),
      };
    case 'useCase':
      return { useCases: ((rows.useCases ?? []) as UseCase[]).map((row) => ({ ...row, id: copyId ?? row.id })) };
    case 'rating':
      return {
        ratings: ((rows.ratings ?? []) as Rating[]).map((row) => ({
          ...row,
          id: copyId ?? row.id,
          useCaseId: useCaseId(row.useCaseId),
        })),
      };
    case 'weightProfile':
      return {
        weightProfiles: ((rows.weightProfiles ?? []) as WeightProfile[]).map((row) => ({ ...row, id: copyId ?? row.id })),
      };
    case 'template':
      return { templates: ((rows.templates ?? []) as CustomTemplate[]).map((row) => ({ ...row, id: copyId ?? row.id })) };
    case 'review':
      // Only a review new to this workspace follows a copied use case; one already here keeps its subject.
      if (!added) return rows;
      return {
        ...rows,
        reviews: ((rows.reviews ?? []) as Review[]).map((review) =>
          review.subject.kind === 'use-case'
            ? { ...review, subject: { ...review.subject, useCaseId: useCaseId(review.subject.useCaseId) } }
            : review,
        ),
      };
  }
}
