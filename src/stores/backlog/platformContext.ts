import { atom } from 'nanostores';
import type { Capability } from '../../schemas/questionnaire';
import { getAnswers, listAssessments } from '../../db/assessments';
import { scoreAssessment } from '../../lib/scoring';

export interface PlatformContext {
  assessmentName: string;
  date: string;
  /** The platform dimension's score on the 0-4 scale, or null when nothing in it has a level. */
  score: number | null;
}

/** Undefined while loading; null when there is no assessment in this workspace. */
export const $platformContext = atom<PlatformContext | null | undefined>(undefined);

/**
 * The platform-maturity result of the latest assessment (by the date it describes, then by last
 * change), shown as context where feasibility is rated.
 */
export async function loadPlatformContext(
  capabilities: readonly Pick<Capability, 'id' | 'dimension' | 'weight'>[],
): Promise<void> {
  try {
    const assessments = await listAssessments();
    const latest = [...assessments].sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt))[0];
    if (!latest) {
      $platformContext.set(null);
      return;
    }
    const summary = scoreAssessment(capabilities, await getAnswers(latest.id));
    const platform = summary.dimensions.find((dimension) => dimension.dimension === 'platform');
    $platformContext.set({ assessmentName: latest.name, date: latest.date, score: platform?.score ?? null });
  } catch {
    $platformContext.set(null);
  }
}
