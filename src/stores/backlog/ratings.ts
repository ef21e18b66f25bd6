import { firstOverLimit } from '../../lib/textLimits';
import { limits } from '../../schemas/limits';
import type { Rating } from '../../schemas/backlog';
import type { CriterionId } from '../../schemas/enums';
import { atom } from 'nanostores';
import { getMeta, setMeta } from '../../db/meta';
import { deleteRating, putRating } from '../../db/useCases';
import { newId, nowIso } from '../../lib/ids';
import type { RatingPatch } from '../../lib/patches';
import { $ratings, replaceRating } from './backlog';
import { captureBaseline } from './ranking';
import { ratingSaves, shownRating } from './saves';
import { attempt } from '../save/saveState';

const RATER_KEY = 'backlog.rater';
/** The name the last rater on this device gave, offered as the rater of the next use case. */
export const $raterName = atom('');

export async function loadRaterName(): Promise<void> {
  try {
    const stored = await getMeta(RATER_KEY);
    if (typeof stored === 'string') $raterName.set(stored);
  } catch {
    // Only a convenience: the form then starts empty.
  }
}

export async function addRater(useCaseId: string, raterName: string, raterRole: string): Promise<Rating | undefined> {
  if (raterName.trim() === '' || firstOverLimit({ raterName, raterRole }, limits.rating)) return undefined;
  $raterName.set(raterName.trim());
  void setMeta(RATER_KEY, raterName.trim()).catch(() => undefined);
  const rating: Rating = {
    id: newId(),
    useCaseId,
    raterName: raterName.trim(),
    raterRole: raterRole.trim(),
    scores: {},
    comment: '',
    updatedAt: nowIso(),
  };
  const stored = (await attempt(() => putRating(rating))).ok;
  if (!stored) return undefined;
  replaceRating(rating);
  return rating;
}

function change(ratingId: string, patch: RatingPatch): Promise<void> {
  const current = $ratings.get().find((rating) => rating.id === ratingId);
  if (!current) return Promise.resolve();
  const saved = ratingSaves.save(ratingId, patch);
  replaceRating(shownRating(current));
  return saved.then(() => undefined);
}

/** Sets (or clears, with null) one criterion's score; the ranking before the change is kept to explain any move. */
export function setScore(ratingId: string, criterionId: CriterionId, value: number | null): Promise<void> {
  const current = $ratings.get().find((rating) => rating.id === ratingId);
  if (!current) return Promise.resolve();
  captureBaseline({ kind: 'rating', label: 'before the latest rating change', useCaseId: current.useCaseId });
  return change(ratingId, { scores: { [criterionId]: value } });
}

export function updateRater(
  ratingId: string,
  patch: Partial<Pick<Rating, 'raterName' | 'raterRole' | 'comment'>>,
): Promise<void> {
  if (patch.raterName?.trim() === '' || firstOverLimit(patch, limits.rating)) return Promise.resolve();
  return change(ratingId, patch);
}

export async function removeRater(ratingId: string): Promise<void> {
  const current = $ratings.get().find((rating) => rating.id === ratingId);
  if (!current) return;
  captureBaseline({ kind: 'rating', label: 'before the latest rating change', useCaseId: current.useCaseId });
  const done = (await attempt(() => deleteRating(ratingId))).ok;
  if (done) $ratings.set($ratings.get().filter((rating) => rating.id !== ratingId));
}
