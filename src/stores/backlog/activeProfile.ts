import { computed } from 'nanostores';
import { activeProfileOf, listProfiles } from '../../lib/backlog/profiles';
import { $customProfiles, $presets, $profileId, DEFAULT_PROFILE_ID } from './backlog';

export type { ActiveProfile } from '../../lib/backlog/profiles';

export const $profiles = computed([$presets, $customProfiles], (presets, custom) => listProfiles(presets, custom));

export const $activeProfile = computed([$profiles, $profileId], (profiles, id) =>
  activeProfileOf(profiles, id, DEFAULT_PROFILE_ID),
);
