import { setMeta } from '../../db/meta';
import { $profileId, PROFILE_META_KEY } from './backlog';
import { $activeProfile, $profiles } from './activeProfile';
import { $baseline, captureBaseline } from './ranking';
import { attempt } from '../save/saveState';

/**
 * Choices of profile closer together than this are one change. Arrowing through the list chooses
 * every profile passed on the way; "What moved" then compares with the profile before the first.
 */
export const PROFILE_RUN_MS = 1500;
let lastChoiceAt = Number.NEGATIVE_INFINITY;

/** Switches the weight profile, remembering the ranking it replaces so the change can be explained. */
export async function chooseProfile(id: string, now = Date.now()): Promise<void> {
  const previous = $activeProfile.get();
  if (previous.id === id) return;
  const next = $profiles.get().find((profile) => profile.id === id);
  if (!next) return;
  const inRun = $baseline.get()?.kind === 'profile' && now - lastChoiceAt < PROFILE_RUN_MS;
  lastChoiceAt = now;
  if (!inRun) captureBaseline({ kind: 'profile', label: `under “${previous.name}”`, useCaseId: null });
  // Set once stored: a live result read before the write could otherwise put the old choice back.
  await attempt(() => setMeta(PROFILE_META_KEY, id));
  $profileId.set(id);
}
