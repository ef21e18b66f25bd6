/**
 * Backlog ratings of several raters, brought together across imported files. The medians, spreads
 * and the flag for a spread of 2 points or more are the backlog's own (src/lib/backlog/aggregate.ts);
 * this adds who gave which score, by name or as R1, R2, ...
 *
 * A rater is known by their name as typed (case and surrounding spaces ignored). Anonymous labels
 * follow a fixed scrambling of the names, so they are stable from one run to the next but say
 * nothing about alphabetical order.
 */
import type { Rating } from '../../schemas/backlog';
import { aggregateRatings, groupByUseCase, type CriterionValues, type UseCaseAggregate } from '../backlog/aggregate';
import { compareLabels, type NameMode } from './respondents';

interface RaterScore {
  label: string;
  role: string;
  scores: CriterionValues;
}

interface UseCaseRatingsRollup {
  useCaseId: string;
  title: string;
  aggregate: UseCaseAggregate;
  raters: RaterScore[];
}

const raterKey = (name: string) => name.trim().toLowerCase();

/** FNV-1a: a small, fixed hash, enough to put names in an order that is not alphabetical. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function raterLabels(ratings: readonly Pick<Rating, 'raterName'>[], mode: NameMode): Map<string, string> {
  const names = new Map<string, string>();
  for (const rating of ratings) {
    const key = raterKey(rating.raterName);
    if (!names.has(key)) names.set(key, rating.raterName.trim());
  }
  const keys = [...names.keys()].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(keys.map((key, index) => [key, mode === 'anonymous' ? `R${index + 1}` : (names.get(key) ?? key)]));
}

/** Every rated use case, those with a disagreement first, then by title. */
export function rollUpRatings(
  useCases: readonly { id: string; title: string; archived: boolean }[],
  ratings: readonly Rating[],
  mode: NameMode,
): UseCaseRatingsRollup[] {
  const labels = raterLabels(ratings, mode);
  const grouped = groupByUseCase(ratings);
  const rows: UseCaseRatingsRollup[] = [];
  for (const useCase of useCases) {
    const own = grouped.get(useCase.id);
    if (useCase.archived || !own) continue;
    rows.push({
      useCaseId: useCase.id,
      title: useCase.title,
      aggregate: aggregateRatings(own),
      raters: own
        .map((rating) => ({
          label: labels.get(raterKey(rating.raterName)) ?? rating.raterName,
          role: mode === 'anonymous' ? '' : rating.raterRole,
          scores: rating.scores,
        }))
        .sort((a, b) => compareLabels(a.label, b.label)),
    });
  }
  return rows.sort(
    (a, b) =>
      b.aggregate.disagreements.length - a.aggregate.disagreements.length ||
      a.title.localeCompare(b.title) ||
      (a.useCaseId < b.useCaseId ? -1 : 1),
  );
}
