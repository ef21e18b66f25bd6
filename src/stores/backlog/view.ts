import { atom, computed } from 'nanostores';
import {
  allTags,
  filterRows,
  noFilters,
  sortRows,
  type BacklogRow,
  type SortDirection,
  type SortKey,
  type TableFilters,
} from '../../lib/backlog/table';
import { $useCases } from './backlog';
import { $evaluation } from './ranking';

export const PAGE_SIZE = 50;

export const $filters = atom<TableFilters>(noFilters);
export const $sort = atom<{ key: SortKey; direction: SortDirection }>({ key: 'rank', direction: 'ascending' });
export const $page = atom(1);

const $rows = computed([$useCases, $evaluation], (useCases, evaluation): BacklogRow[] =>
  useCases.map((useCase) => ({ useCase, evaluation: evaluation.get(useCase.id) })),
);

/** Every row that passes the filters, in the chosen order. */
export const $visibleRows = computed([$rows, $filters, $sort], (rows, filters, sort) =>
  sortRows(filterRows(rows, filters), sort.key, sort.direction),
);

export const $pageCount = computed($visibleRows, (rows) => Math.max(1, Math.ceil(rows.length / PAGE_SIZE)));

/** Only one page of rows reaches the DOM, so the table stays quick at 10,000 use cases. */
export const $pageRows = computed([$visibleRows, $page, $pageCount], (rows, page, count) => {
  const current = Math.min(page, count);
  return rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
});

export const $tags = computed($useCases, allTags);

export function setFilters(patch: Partial<TableFilters>): void {
  $filters.set({ ...$filters.get(), ...patch });
  $page.set(1);
}

export function resetFilters(): void {
  $filters.set(noFilters);
  $page.set(1);
}

/** A click on a column header: a new column sorts in its natural direction, the same column flips. */
export function sortBy(key: SortKey): void {
  const current = $sort.get();
  const natural: SortDirection = key === 'score' || key === 'updated' ? 'descending' : 'ascending';
  $sort.set({ key, direction: current.key === key ? (current.direction === 'ascending' ? 'descending' : 'ascending') : natural });
  $page.set(1);
}

export function goToPage(page: number): void {
  $page.set(Math.max(1, Math.min(page, $pageCount.get())));
}
