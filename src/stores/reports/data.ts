import { atom, onMount } from 'nanostores';
import type { WorkspaceData } from '../../schemas/workspace';
import { describeStorageError } from '../../db/errors';
import { watchWorkspace } from '../../db/watchWorkspace';
import { $customProfiles, $profileId, DEFAULT_PROFILE_ID, PROFILE_META_KEY } from '../backlog/backlog';

export type ReportsData =
  { kind: 'loading' } | { kind: 'ready'; data: WorkspaceData; profileId: string | null } | { kind: 'error'; message: string };

/**
 * Everything the reports read, kept up to date: it loads when a page first shows it and follows
 * every later change, so files brought in on the same page appear in the team view at once.
 */
export const $reportsData = atom<ReportsData>({ kind: 'loading' });

onMount($reportsData, () =>
  watchWorkspace(
    [PROFILE_META_KEY],
    ({ data, meta }) => {
      const profileId = meta[PROFILE_META_KEY];
      // The backlog's own stores pick the weight profile, so the report ranks as the backlog does.
      $customProfiles.set(data.weightProfiles);
      $profileId.set(typeof profileId === 'string' ? profileId : DEFAULT_PROFILE_ID);
      $reportsData.set({ kind: 'ready', data, profileId: typeof profileId === 'string' ? profileId : null });
    },
    (error) => $reportsData.set({ kind: 'error', message: describeStorageError(error) }),
  ),
);
