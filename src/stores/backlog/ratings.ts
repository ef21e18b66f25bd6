import { firstOverLimit } from '../../lib/textLimits';
import { limits } from '../../schemas/limits';
import type { Rating } from '../../schemas/backlog';
import type { CriterionId } from '../../schemas/enums';
import { atom } from 'nanostores';
import { getMeta, setMeta } from '../../db/meta';
import { deleteRating, putRating } from '../../db/useCases';
import { newId, nowIso } from '../../lib/ids';
import { $ratings, replaceRating } from './backlog';
import { captureBaseline } from './ranking';
import { coalescedWrite } from '../save/coalesce';
import { track } from '../save/saveState';

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
  const stored = await track(async () => {
    await putRating(rating);
    return true;
  });
  if (!stored) return undefined;
  replaceRating(rating);
  return rating;
}

function change(ratingId: string, apply: (rating: Rating) => Rating): Promise<void> {
  const current = $ratings.get().find((rating) => rating.id === ratingId);
  if (!current) return Promise.resolve();
  const next = { ...apply(current), updatedAt: nowIso() };
  replaceRating(next);
  return coalescedWrite(`rating:${ratingId}`, () => putRating(next));
}

/** Sets (or clears, with null) one criterion's score; the ranking before the change is kept to explain any move. */
export function setScore(ratingId: string, criterionId: CriterionId, value: number | null): Promise<void> {
  const current = $ratings.get().find((rating) => rating.id === ratingId);
  if (!current) return Promise.resolve();
  captureBaseline({ kind: 'rating', label: 'before the latest rating change', useCaseId: current.useCaseId });
  return change(ratingId, (rating) => {
    const scores = { ...rating.scores };
    if (value === null) delete scores[criterionId];
    else scores[criterionId] = value;
    return { ...rating, scores };
  });
}

export function updateRater(
  ratingId: string,
  patch: Partial<Pick<Rating, 'raterName' | 'raterRole' | 'comment'>>,
): Promise<void> {
  if (patch.raterName?.trim() === '' || firstOverLimit(patch, limits.rating)) return Promise.resolve();
  return change(ratingId, (rating) => ({ ...rating, ...patch }));
}

export async function removeRater(ratingId: string): Promise<void> {
  const current = $ratings.get().find((rating) => rating.id === ratingId);
  if (!current) return;
  captureBaseline({ kind: 'rating', label: 'before the latest rating change', useCaseId: current.useCaseId });
  const done = await track(async () => {
    await deleteRating(ratingId);
    return true;
  });
  if (done) $ratings.set($ratings.get().filter((rating) => rating.id !== ratingId));
}
