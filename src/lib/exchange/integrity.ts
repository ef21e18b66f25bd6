import type { WorkspaceData } from '../../schemas/workspace';
import { problem, type Problem } from './problems';
import { rowKey, tableNames, tableLabels } from './tables';

/**
 * What a schema on one record cannot see: two records with the same id, and records that belong
 * to something the file does not hold. `base` is the JSON path of the data in the file.
 */
export function integrityProblems(data: WorkspaceData, base: readonly PropertyKey[]): Problem[] {
  const problems: Problem[] = [];
  for (const table of tableNames) {
    const seen = new Map<string, number>();
    data[table].forEach((row, index) => {
      const key = rowKey(table, row);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        problems.push(
          problem([...base, table, index], `this ${tableLabels[table].one} has the same id ("${key}") as ${table}[${first}]`),
        );
    });
  }

  const assessments = new Set(data.assessments.map((row) => row.id));
  const belongs = (table: 'answers' | 'milestones', ids: Set<string>, what: string) =>
    data[table].forEach((row, index) => {
      if (!ids.has(row.assessmentId))
        problems.push(
          problem(
            [...base, table, index, 'assessmentId'],
            `belongs to ${what} "${row.assessmentId}", which the file does not hold`,
          ),
        );
    });
  belongs('answers', assessments, 'assessment');
  belongs('milestones', assessments, 'assessment');

  const useCases = new Set(data.useCases.map((row) => row.id));
  // A rating is only ever stored with its use case; a review may outlive the use case it is about.
  if (data.useCases.length > 0 || data.ratings.length > 0)
    data.ratings.forEach((row, index) => {
      if (!useCases.has(row.useCaseId))
        problems.push(
          problem([...base, 'ratings', index, 'useCaseId'], `rates use case "${row.useCaseId}", which the file does not hold`),
        );
    });

  const reviews = new Set(data.reviews.map((row) => row.id));
  const lineages = new Set(data.reviews.map((row) => row.lineageId));
  data.reviewAnswers.forEach((row, index) => {
    if (!reviews.has(row.reviewId))
      problems.push(
        problem([...base, 'reviewAnswers', index, 'reviewId'], `answers review "${row.reviewId}", which the file does not hold`),
      );
  });
  data.auditLog.forEach((row, index) => {
    if (!lineages.has(row.lineageId))
      problems.push(
        problem(
          [...base, 'auditLog', index, 'lineageId'],
          `records the history of review "${row.lineageId}", which the file does not hold`,
        ),
      );
  });
  return problems;
}
