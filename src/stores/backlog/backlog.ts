import { atom } from 'nanostores';
import type { Rating, UseCase, WeightProfile } from '../../schemas/backlog';
import type { Criterion, WeightPreset } from '../../schemas/backlogContent';
import { lastDeleted, listRatings, listUseCases, type UseCaseBundle } from '../../db/useCaseReads';
import { listWeightProfiles } from '../../db/weightProfiles';
import { getMeta } from '../../db/meta';
import { liveFeed } from '../save/live';
import { shownRating, shownUseCase } from './saves';

type BacklogLoad = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export const $useCases = atom<UseCase[]>([]);
export const $ratings = atom<Rating[]>([]);
export const $customProfiles = atom<WeightProfile[]>([]);
export const $backlogLoad = atom<BacklogLoad>({ kind: 'loading' });
/** The last deleted use case, kept so it can be put back. */
export const $lastDeleted = atom<UseCaseBundle | null>(null);

/** Content built into the page: criteria (with anchors) and the preset weight profiles, in order. */
export const $criteria = atom<Criterion[]>([]);
export const $presets = atom<WeightPreset[]>([]);

export const PROFILE_META_KEY = 'backlog.profile';
export const DEFAULT_PROFILE_ID = 'equal';
/** The chosen weight profile: a preset's id or a custom profile's id. */
export const $profileId = atom<string>(DEFAULT_PROFILE_ID);

export function provideBacklogContent(criteria: Criterion[], presets: WeightPreset[]): void {
  if ($criteria.get().length === 0) $criteria.set(criteria);
  if ($presets.get().length === 0) $presets.set(presets);
}

interface StoredBacklog {
  useCases: UseCase[];
  ratings: Rating[];
  profiles: WeightProfile[];
  profileId: unknown;
  deleted: UseCaseBundle | undefined;
}

async function readBacklog(): Promise<StoredBacklog> {
  const [useCases, ratings, profiles, profileId, deleted] = await Promise.all([
    listUseCases(),
    listRatings(),
    listWeightProfiles(),
    getMeta(PROFILE_META_KEY),
    lastDeleted(),
  ]);
  return { useCases, ratings, profiles, profileId, deleted };
}

function showStored(stored: StoredBacklog): void {
  $useCases.set(stored.useCases.map(shownUseCase));
  $ratings.set(stored.ratings.map(shownRating));
  $customProfiles.set(stored.profiles);
  const { profileId } = stored;
  const known =
    typeof profileId === 'string' &&
    ($presets.get().some((p) => p.id === profileId) || stored.profiles.some((p) => p.id === profileId));
  $profileId.set(known ? profileId : DEFAULT_PROFILE_ID);
  $lastDeleted.set(stored.deleted ?? null);
  $backlogLoad.set({ kind: 'ready' });
}

// Every page that shows the backlog watches one of these atoms, so a change in another tab
// (a rating, an edit, an import) reaches it within a moment.
const feed = liveFeed([$useCases, $ratings, $customProfiles, $lastDeleted, $backlogLoad], readBacklog, showStored, (message) =>
  $backlogLoad.set({ kind: 'error', message }),
);

/** Reads the backlog afresh and keeps it live while a page shows it. */
export async function loadBacklog(): Promise<void> {
  $backlogLoad.set({ kind: 'loading' });
  await feed.reload();
}

/** Replaces one use case in memory (or adds it), keeping the list's order. */
export function replaceUseCase(next: UseCase): void {
  const list = $useCases.get();
  const index = list.findIndex((item) => item.id === next.id);
  $useCases.set(index === -1 ? [...list, next] : list.map((item, i) => (i === index ? next : item)));
}

export function replaceRating(next: Rating): void {
  const list = $ratings.get();
  const index = list.findIndex((item) => item.id === next.id);
  $ratings.set(index === -1 ? [...list, next] : list.map((item, i) => (i === index ? next : item)));
}
