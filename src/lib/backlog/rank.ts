/**
 * Ranking order, with tie-breaks that never depend on storage order, so the same data always
 * gives the same ranks:
 * 1. unblocked before blocked ("blocked: no usable data" ranks after everything else);
 * 1a. among unblocked ones, those that meet the profile's value floor before those that do not
 *    (a profile such as "Quick wins" sets one, so cheap work of little value never leads);
 * 2. use cases with a score before those without one;
 * 3. higher score first;
 * 4. on equal scores: the more complete rating first, then the higher business-value median,
 *    then the title in alphabetical order, then the id.
 * Ranks are positions 1, 2, 3… with no shared places.
 */
export interface Rankable {
  id: string;
  /** Position of the use case in title order (then id order): the last tie-break. See `titleOrder`. */
  order: number;
  blocked: boolean;
  /** Below the profile's value floor: ranked after every use case that meets it. */
  belowFloor?: boolean;
  /** The figure being ranked on (weighted score or WSJF), higher first; null ranks after numbers. */
  key: number | null;
  completeness: number;
  businessValue: number | null;
}

/** Differences smaller than this are floating-point noise, not a real difference in score. */
const EPSILON = 1e-9;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareRankables(a: Rankable, b: Rankable): number {
  if (a.blocked !== b.blocked) return a.blocked ? 1 : -1;
  if (Boolean(a.belowFloor) !== Boolean(b.belowFloor)) return a.belowFloor ? 1 : -1;
  if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
  if (a.key !== null && b.key !== null && Math.abs(a.key - b.key) > EPSILON) return b.key - a.key;
  if (Math.abs(a.completeness - b.completeness) > EPSILON) return b.completeness - a.completeness;
  const valueA = a.businessValue ?? 0;
  const valueB = b.businessValue ?? 0;
  if (valueA !== valueB) return valueB - valueA;
  return a.order - b.order;
}

/**
 * Each use case's position when sorted by title (then id). Comparing titles with a collator is
 * slow, and ranking 10,000 use cases under eleven weight variations compares ties often, so the
 * alphabetical order is worked out once and ties are settled by this number.
 */
export function titleOrder(items: readonly { id: string; title: string }[]): Map<string, number> {
  const sorted = [...items].sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((item, index) => [item.id, index]));
}

/** Rank (1-based) of every item by id. */
export function rankPositions(items: readonly Rankable[]): Map<string, number> {
  const sorted = [...items].sort(compareRankables);
  const ranks = new Map<string, number>();
  sorted.forEach((item, index) => ranks.set(item.id, index + 1));
  return ranks;
}
