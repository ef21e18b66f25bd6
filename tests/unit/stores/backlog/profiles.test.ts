import { beforeEach, describe, expect, it } from 'vitest';
import type { PortalDb } from '../../../../src/db/db';
import { getMeta } from '../../../../src/db/meta';
import { $customProfiles, $profileId, loadBacklog } from '../../../../src/stores/backlog/backlog';
import { $activeProfile, $profiles } from '../../../../src/stores/backlog/activeProfile';
import { $rankChanges } from '../../../../src/stores/backlog/changes';
import { addUseCase } from '../../../../src/stores/backlog/edit';
import { chooseProfile, PROFILE_RUN_MS } from '../../../../src/stores/backlog/profiles';
import { removeCustomProfile, saveCustomProfile } from '../../../../src/stores/backlog/profileEdit';
import { $baseline, $evaluation } from '../../../../src/stores/backlog/ranking';
import { addRater, setScore } from '../../../../src/stores/backlog/ratings';
import type { CriterionId } from '../../../../src/schemas/enums';
import { resetBacklogStores } from '../../helpers/backlogStores';
import { useFreshDb } from '../../helpers/freshDb';

let database: PortalDb;

async function ratedUseCase(title: string, scores: Partial<Record<CriterionId, number>>): Promise<string> {
  const useCase = await addUseCase({
    title,
    description: '',
    sponsor: '',
    businessUnit: '',
    family: 'other',
    status: 'idea',
    dataClassification: 'public',
    riskTier: 'low',
    tags: [],
  });
  const rating = await addRater(useCase?.id ?? '', 'Kari', '');
  for (const [criterion, value] of Object.entries(scores)) await setScore(rating?.id ?? '', criterion as CriterionId, value);
  return useCase?.id ?? '';
}

beforeEach(async () => {
  database = useFreshDb();
  resetBacklogStores();
  await loadBacklog();
});

describe('weight profiles', () => {
  it('starts with equal weights and lists the presets in order', () => {
    expect($activeProfile.get().id).toBe('equal');
    expect($profiles.get().map((profile) => profile.id)).toEqual(['equal', 'quick-wins', 'strategic-value', 'data-first']);
  });

  it('remembers the chosen profile and re-ranks, explaining who moved and why', async () => {
    const fast = await ratedUseCase('Fast and cheap', {
      'data-availability': 3,
      feasibility: 3,
      'business-value': 2,
      cost: 1,
      'time-to-market': 1,
    });
    const valuable = await ratedUseCase('Valuable and slow', {
      'data-availability': 3,
      feasibility: 3,
      'business-value': 5,
      cost: 3,
      'time-to-market': 4,
    });
    $baseline.set(null);
    expect($evaluation.get().get(fast)?.rank).toBe(1);

    await chooseProfile('strategic-value');
    expect(await getMeta('backlog.profile')).toBe('strategic-value');
    expect($evaluation.get().get(valuable)?.rank).toBe(1);
    expect($baseline.get()?.label).toBe('under “Equal weights”');
    const changes = $rankChanges.get();
    expect(changes.map((change) => [change.id, change.before, change.after])).toEqual([
      [valuable, 2, 1],
      [fast, 1, 2],
    ]);
    expect(changes.find((change) => change.id === valuable)?.reasons[0]?.criterionId).toBe('business-value');

    resetBacklogStores();
    await loadBacklog();
    expect($profileId.get()).toBe('strategic-value');
  });

  it('falls back to equal weights when the remembered profile no longer exists', async () => {
    await database.meta.put({ key: 'backlog.profile', value: 'gone' });
    await loadBacklog();
    expect($activeProfile.get().id).toBe('equal');
  });

  it('creates, edits and deletes a custom profile', async () => {
    const created = await saveCustomProfile({
      name: ' Board ',
      weights: { 'data-availability': 1.5, feasibility: 1, 'business-value': 4, cost: 0, 'time-to-market': 2 },
    });
    expect(created?.name).toBe('Board');
    expect($activeProfile.get()).toMatchObject({ id: created?.id, kind: 'custom' });
    expect(await database.weightProfiles.count()).toBe(1);

    await saveCustomProfile({
      id: created?.id ?? '',
      name: 'Board',
      weights: {
        ...(created?.weights ?? { 'data-availability': 0, feasibility: 0, 'business-value': 0, cost: 0, 'time-to-market': 0 }),
        cost: 1,
      },
    });
    expect((await database.weightProfiles.get(created?.id ?? ''))?.weights.cost).toBe(1);
    expect($customProfiles.get()).toHaveLength(1);

    await removeCustomProfile(created?.id ?? '');
    expect(await database.weightProfiles.count()).toBe(0);
    expect($activeProfile.get().id).toBe('equal');
  });
});

describe('the baseline after choices of profile', () => {
  it('treats a quick run of choices (arrowing through the list) as one change from the profile before the first', async () => {
    const fast = await ratedUseCase('Fast', { 'business-value': 2, 'time-to-market': 5 });
    await ratedUseCase('Valuable', { 'business-value': 5, 'time-to-market': 1 });
    $baseline.set(null);
    const underEqualWeights = $evaluation.get().get(fast)?.rank;
    const start = 1_000_000;
    await chooseProfile('strategic-value', start);
    await chooseProfile('quick-wins', start + 300);
    await chooseProfile('strategic-value', start + 600);
    expect(await getMeta('backlog.profile')).toBe('strategic-value');
    expect($baseline.get()?.label).toBe('under “Equal weights”');
    expect($baseline.get()?.evaluation.get(fast)?.rank).toBe(underEqualWeights);

    // A choice made after a pause is a change of its own.
    await chooseProfile('quick-wins', start + 600 + PROFILE_RUN_MS);
    expect($baseline.get()?.label).toBe('under “Strategic value”');
  });
});

describe('the baseline after rating changes', () => {
  it('keeps the state before the first of several ratings of the same use case', async () => {
    const id = await ratedUseCase('One', { 'business-value': 2 });
    await ratedUseCase('Two', { 'business-value': 3 });
    $baseline.set(null);
    const rating = (await database.ratings.where('useCaseId').equals(id).first())?.id ?? '';
    await setScore(rating, 'business-value', 4);
    await setScore(rating, 'business-value', 5);
    expect($baseline.get()?.evaluation.get(id)?.rank).toBe(2);
    expect($evaluation.get().get(id)?.rank).toBe(1);
  });
});
