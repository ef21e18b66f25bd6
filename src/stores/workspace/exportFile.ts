import { readWorkspaceWithSettings } from '../../db/workspace';
import { setMeta } from '../../db/meta';
import { describeStorageError } from '../../db/errors';
import type { ExportContext, ExportSelection } from '../../lib/exchange/envelope';
import { LAST_EXPORT_META_KEY } from '../../lib/exchange/settings';

export type ExportResult = { ok: true; fileName: string; text: string } | { ok: false; message: string };

/**
 * Builds the file for a selection from what is stored now. A whole-workspace export is a backup,
 * so its time is remembered (meta `lastExportAt`) for the backup reminder.
 */
export async function exportSelection(
  selection: ExportSelection,
  context: Omit<ExportContext, 'now'>,
  now = new Date(),
): Promise<ExportResult> {
  try {
    const [{ buildExport, exportFileName }, stored] = await Promise.all([
      import('../../lib/exchange/envelope'),
      readWorkspaceWithSettings(),
    ]);
    const file = await buildExport(selection, stored.data, stored.settings, { ...context, now });
    if (!file)
      return {
        ok: false,
        message: `The ${selection.scope} to export is no longer stored; it may have been deleted in another tab.`,
      };
    if (selection.scope === 'workspace') await setMeta(LAST_EXPORT_META_KEY, now.toISOString());
    return { ok: true, fileName: exportFileName(selection, now), text: `${JSON.stringify(file, null, 2)}\n` };
  } catch (error) {
    return { ok: false, message: `Could not export: ${describeStorageError(error)}` };
  }
}
