import { describe, expect, it } from 'vitest';
import { activeProfileOf, listProfiles } from '../../../../src/lib/backlog/profiles';

const weights = { 'data-availability': 2, feasibility: 1, 'business-value': 3, cost: 1, 'time-to-market': 1 };

describe('weight profiles', () => {
  const profiles = listProfiles(
    [{ id: 'equal', name: 'Equal weights', description: 'All count the same.', weights }],
    [
      { id: 'profile-b', name: 'Value first', weights },
      { id: 'profile-a', name: 'Data first', weights },
    ],
  );

  it('lists the presets, then the workspace’s own profiles by name', () => {
    expect(profiles.map((profile) => [profile.id, profile.kind])).toEqual([
      ['equal', 'preset'],
      ['profile-a', 'custom'],
      ['profile-b', 'custom'],
    ]);
  });

  it('finds the chosen profile, and falls back on the default, then on equal weights', () => {
    expect(activeProfileOf(profiles, 'profile-b', 'equal').name).toBe('Value first');
    expect(activeProfileOf(profiles, 'deleted-profile', 'equal').id).toBe('equal');
    expect(activeProfileOf([], null, 'equal')).toMatchObject({ id: 'equal', name: 'Equal weights', weights: { cost: 1 } });
  });
});
