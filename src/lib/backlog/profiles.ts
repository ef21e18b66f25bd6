/**
 * The weight profiles a backlog can rank with: the presets shipped as content, then the custom
 * profiles of the workspace by name. The chosen one is found by id; an id that is no longer known
 * falls back on the default preset, and on equal weights when even that is missing.
 */
import type { CriterionWeights } from '../../schemas/backlogContent';

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

export function listProfiles(
  presets: readonly {
    id: string;
    name: string;
    description: string;
    weights: CriterionWeights;
    valueFloor?: number | undefined;
  }[],
  custom: readonly { id: string; name: string; weights: CriterionWeights }[],
): ActiveProfile[] {
  return [
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
  ];
}

export function activeProfileOf(profiles: readonly ActiveProfile[], id: string | null, defaultId: string): ActiveProfile {
  return (
    profiles.find((profile) => profile.id === id) ??
    profiles.find((profile) => profile.id === defaultId) ?? {
      id: defaultId,
      name: 'Equal weights',
      description: '',
      kind: 'preset',
      weights: equalWeights,
      valueFloor: null,
    }
  );
}
