import { firstOverLimit } from '../../lib/textLimits';
import { limits } from '../../schemas/limits';
import type { WeightProfile } from '../../schemas/backlog';
import type { CriterionWeights } from '../../schemas/backlogContent';
import { setMeta } from '../../db/meta';
import { deleteWeightProfile, putWeightProfile } from '../../db/weightProfiles';
import { newId, nowIso } from '../../lib/ids';
import { $customProfiles, $profileId, DEFAULT_PROFILE_ID, PROFILE_META_KEY } from './backlog';
import { $activeProfile, $profiles } from './activeProfile';
import { captureBaseline } from './ranking';
import { attempt } from '../save/saveState';

/** Switches the weight profile, remembering the ranking it replaces so the change can be explained. */
export async function chooseProfile(id: string): Promise<void> {
  const previous = $activeProfile.get();
  if (previous.id === id) return;
  const next = $profiles.get().find((profile) => profile.id === id);
  if (!next) return;
  captureBaseline({ kind: 'profile', label: `under “${previous.name}”`, useCaseId: null });
  // Set once stored: a live result read before the write could otherwise put the old choice back.
  await attempt(() => setMeta(PROFILE_META_KEY, id));
  $profileId.set(id);
}

interface ProfileDraft {
  id?: string;
  name: string;
  weights: CriterionWeights;
}

/** Creates or updates a custom profile and makes it the chosen one. */
export async function saveCustomProfile(draft: ProfileDraft): Promise<WeightProfile | undefined> {
  if (draft.name.trim() === '' || firstOverLimit(draft, limits.weightProfile)) return undefined;
  const now = nowIso();
  const existing = draft.id ? $customProfiles.get().find((profile) => profile.id === draft.id) : undefined;
  const profile: WeightProfile = {
    id: existing?.id ?? newId(),
    name: draft.name.trim(),
    weights: draft.weights,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  const stored = (await attempt(() => putWeightProfile(profile))).ok;
  if (!stored) return undefined;
  const before = $activeProfile.get();
  if (existing && before.id === profile.id)
    captureBaseline({ kind: 'profile', label: `with the earlier weights of “${before.name}”`, useCaseId: null });
  $customProfiles.set([...$customProfiles.get().filter((item) => item.id !== profile.id), profile]);
  if (!existing) await chooseProfile(profile.id);
  return profile;
}

export async function removeCustomProfile(id: string): Promise<void> {
  if ($profileId.get() === id) await chooseProfile(DEFAULT_PROFILE_ID);
  const done = (await attempt(() => deleteWeightProfile(id))).ok;
  if (done) $customProfiles.set($customProfiles.get().filter((profile) => profile.id !== id));
}
