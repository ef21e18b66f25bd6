import { getCollection } from 'astro:content';
import type { Criterion, WeightPreset } from '../schemas/backlogContent';

/** The backlog criteria from content/backlog/criteria, in their set order. */
export async function loadCriteria(): Promise<Criterion[]> {
  return (await getCollection('criteria')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** The preset weight profiles from content/backlog/profiles, in their set order. */
export async function loadWeightPresets(): Promise<WeightPreset[]> {
  return (await getCollection('weightPresets')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
