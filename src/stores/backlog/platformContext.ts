import { atom } from 'nanostores';
import type { Capability } from '../../schemas/questionnaire';
import { getAnswers, listAssessments } from '../../db/assessments';
import { scoreAssessment } from '../../lib/scoring';
import { liveFeed } from '../save/live';

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
 * change), shown beside the cost rating, where platform gaps count.
 */
type Scored = readonly Pick<Capability, 'id' | 'dimension' | 'weight'>[];
let scored: Scored = [];

const feed = liveFeed(
  [$platformContext],
  async () => {
    const assessments = await listAssessments();
    const latest = [...assessments].sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt))[0];
    return latest ? { latest, answers: await getAnswers(latest.id) } : null;
  },
  (found) => {
    if (!found) {
      $platformContext.set(null);
      return;
    }
    const summary = scoreAssessment(scored, found.answers);
    const platform = summary.dimensions.find((dimension) => dimension.dimension === 'platform');
    $platformContext.set({ assessmentName: found.latest.name, date: found.latest.date, score: platform?.score ?? null });
  },
  () => $platformContext.set(null),
);

/** Reads the platform result of the latest assessment and keeps it live. */
export async function loadPlatformContext(capabilities: Scored): Promise<void> {
  scored = capabilities;
  await feed.reload();
}
