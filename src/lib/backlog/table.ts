/**
 * Filtering and sorting of the backlog table. Both run over precomputed figures (the ranking is
 * computed once per change of data or weights), so re-sorting or filtering 10,000 use cases is a
 * single pass plus one sort.
 */
import type { UseCase } from '../../schemas/backlog';
import type { Evaluation } from './evaluate';

export interface BacklogRow {
  useCase: UseCase;
  /** Missing for archived use cases, which are not ranked. */
  evaluation: Evaluation | undefined;
}

export const flagFilters = ['any', 'blocked', 'disagreement', 'incomplete', 'unrated'] as const;
export type FlagFilter = (typeof flagFilters)[number];

export interface TableFilters {
  text: string;
  status: string;
  family: string;
  tag: string;
  flag: FlagFilter;
  minScore: number | null;
  maxScore: number | null;
  showArchived: boolean;
}

export const noFilters: TableFilters = {
  text: '',
  status: '',
  family: '',
  tag: '',
  flag: 'any',
  minScore: null,
  maxScore: null,
  showArchived: false,
};

export const sortKeys = ['rank', 'title', 'score', 'wsjf', 'stability', 'status', 'updated'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

const searchText = new WeakMap<UseCase, string>();

function haystack(useCase: UseCase): string {
  let text = searchText.get(useCase);
  if (text === undefined) {
    text = [useCase.title, useCase.sponsor, useCase.businessUnit, ...useCase.tags].join('\n').toLocaleLowerCase();
    searchText.set(useCase, text);
  }
  return text;
}

function matchesFlag(evaluation: Evaluation | undefined, flag: FlagFilter): boolean {
  if (flag === 'any') return true;
  if (!evaluation) return false;
  if (flag === 'blocked') return evaluation.blocked;
  if (flag === 'disagreement') return evaluation.aggregate.disagreements.length > 0;
  if (flag === 'unrated') return evaluation.aggregate.raters === 0;
  return evaluation.weighted.completeness < 1;
}

export function filterRows(rows: readonly BacklogRow[], filters: TableFilters): BacklogRow[] {
  const needle = filters.text.trim().toLocaleLowerCase();
  const scoreFilter = filters.minScore !== null || filters.maxScore !== null;
  return rows.filter(({ useCase, evaluation }) => {
    if (useCase.archived && !filters.showArchived) return false;
    if (filters.status !== '' && useCase.status !== filters.status) return false;
    if (filters.family !== '' && useCase.family !== filters.family) return false;
    if (filters.tag !== '' && !useCase.tags.includes(filters.tag)) return false;
    if (!matchesFlag(evaluation, filters.flag)) return false;
    if (scoreFilter) {
      const score = evaluation?.weighted.score ?? null;
      if (score === null) return false;
      if (filters.minScore !== null && score < filters.minScore) return false;
      if (filters.maxScore !== null && score > filters.maxScore) return false;
    }
    return needle === '' || haystack(useCase).includes(needle);
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const statusOrder = ['idea', 'proposed', 'approved', 'in-progress', 'in-production', 'retired'];

/** Numeric sort key, or null for "no value" (always placed last). */
function numericKey(row: BacklogRow, key: SortKey): number | null {
  const evaluation = row.evaluation;
  switch (key) {
    case 'rank':
      return evaluation?.rank ?? null;
    case 'score':
      return evaluation?.weighted.score ?? null;
    case 'wsjf':
      return evaluation?.wsjfRank ?? null;
    case 'stability':
      return evaluation ? evaluation.stability.worst - evaluation.stability.best : null;
    case 'status':
      return statusOrder.indexOf(row.useCase.status);
    case 'updated':
      return Date.parse(row.useCase.updatedAt);
    default:
      return null;
  }
}

export function sortRows(rows: readonly BacklogRow[], key: SortKey, direction: SortDirection): BacklogRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byRank = (a: BacklogRow, b: BacklogRow) =>
    (a.evaluation?.rank ?? Infinity) - (b.evaluation?.rank ?? Infinity) || collator.compare(a.useCase.title, b.useCase.title);
  if (key === 'title') return [...rows].sort((a, b) => sign * collator.compare(a.useCase.title, b.useCase.title) || byRank(a, b));
  const keyed = rows.map((row) => ({ row, value: numericKey(row, key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? byRank(a.row, b.row) : a.value === null ? 1 : -1;
    return sign * (a.value - b.value) || byRank(a.row, b.row);
  });
  return keyed.map((item) => item.row);
}

export function allTags(useCases: readonly UseCase[]): string[] {
  const tags = new Set<string>();
  for (const useCase of useCases) for (const tag of useCase.tags) tags.add(tag);
  return [...tags].sort((a, b) => collator.compare(a, b));
}
