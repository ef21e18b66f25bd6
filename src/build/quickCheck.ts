import { getCollection } from 'astro:content';
import type { QuickCheck } from '../schemas/quickCheck';
import { loadQuestionnaire } from './questionnaire';

/**
 * The quick check from content/assessment/quick-check.yaml. Every capability it names must exist
 * in the questionnaire, so a renamed capability fails the build instead of silently losing its estimate.
 */
export async function loadQuickCheck(): Promise<QuickCheck> {
  const [entry] = await getCollection('quickCheck');
  if (!entry) throw new Error('content/assessment/quick-check.yaml is missing');
  const known = new Set((await loadQuestionnaire()).capabilities.map((c) => c.id));
  const unknown = entry.data.questions.flatMap((q) => q.informs.filter((id) => !known.has(id)).map((id) => `${q.id} → ${id}`));
  if (unknown.length > 0)
    throw new Error(`content/assessment/quick-check.yaml names unknown capabilities: ${unknown.join(', ')}`);
  return entry.data;
}
