import type { WorkspaceSettings } from '../../schemas/report';

/**
 * Which of the small settings kept in the `meta` table belong to the workspace (they travel in a
 * whole-workspace or backlog file and are restored with it) and which belong to this browser.
 *
 * Workspace data: the weight profile the backlog ranks with, because it changes the ranking that
 * a colleague sees in the same data.
 *
 * Per device, never exported: `governance.reviewer` (the name the person at this browser answers
 * reviews under), `backlog.lastDeleted` (the undo record of the last deleted use case),
 * `lastExportAt` and any reminder state (they describe this browser's backups, not the data).
 */
export const settingsMetaKeys = {
  weightProfileId: 'backlog.profile',
} as const satisfies Record<keyof Required<WorkspaceSettings>, string>;

/** When this browser last exported a whole workspace (ISO date-time), for the backup reminder. */
export const LAST_EXPORT_META_KEY = 'lastExportAt';

/** Settings from stored meta values; anything not a string is left out rather than exported. */
export function settingsFromMeta(values: Record<string, unknown>): WorkspaceSettings {
  const profile = values[settingsMetaKeys.weightProfileId];
  return typeof profile === 'string' && profile !== '' && profile.length <= 64 ? { weightProfileId: profile } : {};
}
