import { firstOverLimit } from '../../lib/textLimits';
import { limits } from '../../schemas/limits';
import type { WeightProfile } from '../../schemas/backlog';
import type { CriterionWeights } from '../../schemas/backlogContent';
import { deleteWeightProfile, putWeightProfile } from '../../db/weightProfiles';
import { newId, nowIso } from '../../lib/ids';
import { $customProfiles, $profileId, DEFAULT_PROFILE_ID } from './backlog';
import { $activeProfile } from './activeProfile';
import { captureBaseline } from './ranking';
import { chooseProfile } from './profiles';
import { attempt } from '../save/saveState';

// Making, changing and deleting a custom profile: loaded with the profile editor or a deletion,
// not with the backlog (which only chooses among profiles, in ./profiles).

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
