/**
 * The points of the value-vs-effort chart. Use cases with the same value and effort share one
 * bubble whose size grows with their number, so the chart stays readable (and quick to draw) for
 * a backlog of any length: medians move in half points, so there are at most 9 × 17 places.
 */
import { quadrantOf, quadrants, type Quadrant, type ValueEffort } from './methods';

export interface QuadrantPoint {
  value: number;
  effort: number;
  quadrant: Quadrant;
  titles: string[];
}

interface Placeable {
  title: string;
  valueEffort: ValueEffort | null;
}

export function quadrantPoints(items: readonly Placeable[]): { points: QuadrantPoint[]; unplaced: number } {
  const byPlace = new Map<string, QuadrantPoint>();
  let unplaced = 0;
  for (const item of items) {
    const placing = item.valueEffort;
    if (!placing) {
      unplaced += 1;
      continue;
    }
    const key = `${placing.value}|${placing.effort}`;
    const point = byPlace.get(key);
    if (point) point.titles.push(item.title);
    else
      byPlace.set(key, {
        value: placing.value,
        effort: placing.effort,
        quadrant: quadrantOf(placing.value, placing.effort),
        titles: [item.title],
      });
  }
  const order = (quadrant: Quadrant) => quadrants.indexOf(quadrant);
  const points = [...byPlace.values()].sort(
    (a, b) => order(a.quadrant) - order(b.quadrant) || b.value - a.value || a.effort - b.effort,
  );
  return { points, unplaced };
}
