import { computed } from 'nanostores';
import type { WorkspaceData } from '../../schemas/workspace';
import { readWorkspaceWithSettings } from '../../db/workspace';
import { liveStore } from '../save/live';

type ReportsData =
  { kind: 'loading' } | { kind: 'ready'; data: WorkspaceData; profileId: string | null } | { kind: 'error'; message: string };

const $stored = liveStore(() => readWorkspaceWithSettings());

/**
 * Everything the reports read, kept up to date: it loads when a page first shows it and follows
 * every later change, so files brought in on the same page appear in the team view at once.
 */
export const $reportsData = computed($stored, (live): ReportsData => {
  if (live.kind !== 'ready') return live;
  return { kind: 'ready', data: live.value.data, profileId: live.value.settings.weightProfileId ?? null };
});
