import { computed } from 'nanostores';
import type { CriterionWeights } from '../../schemas/backlogContent';
import { $customProfiles, $presets, $profileId, DEFAULT_PROFILE_ID } from './backlog';

export interface ActiveProfile {
  id: string;
  name: string;
  description: string;
  kind: 'preset' | 'custom';
  weights: CriterionWeights;
  /** See `valueFloor` on weight presets; custom profiles set none. */
  valueFloor: number | null;
}

const equalWeights: CriterionWeights = {
  'data-availability': 1,
  feasibility: 1,
  'business-value': 1,
  cost: 1,
  'time-to-market': 1,
};

export const $profiles = computed([$presets, $customProfiles], (presets, custom): ActiveProfile[] => [
  ...presets.map((preset) => ({
    id: preset.id,
    name: preset.name,
    description: preset.description,
    kind: 'preset' as const,
    weights: preset.weights,
    valueFloor: preset.valueFloor ?? null,
  })),
  ...[...custom]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((profile) => ({
      id: profile.id,
      name: profile.name,
      description: 'A profile made in this workspace.',
      kind: 'custom' as const,
      weights: profile.weights,
      valueFloor: null,
    })),
]);

export const $activeProfile = computed(
  [$profiles, $profileId],
  (profiles, id): ActiveProfile =>
    profiles.find((profile) => profile.id === id) ??
    profiles.find((profile) => profile.id === DEFAULT_PROFILE_ID) ?? {
      id: DEFAULT_PROFILE_ID,
      name: 'Equal weights',
      description: '',
      kind: 'preset',
      weights: equalWeights,
      valueFloor: null,
    },
);
