import { readWorkspaceInChunks } from '../../db/workspace';
import { listAssessments } from '../../db/assessments';
import { listReviews } from '../../db/reviews';
import { setMeta } from '../../db/meta';
import { describeStorageError } from '../../db/errors';
import type { ExportContext, ExportSelection } from '../../lib/exchange/envelope';
import { LAST_EXPORT_META_KEY } from '../../lib/exchange/settings';
import { $exportChoices } from './exchangeState';

export { $exportChoices };
export type { ExportChoice, ExportChoices } from './exchangeState';

/** A file made: its name and its text in pieces (strings and Blobs), to hand to a Blob as they are. */
export type ExportResult = { ok: true; fileName: string; parts: BlobPart[] } | { ok: false; message: string };

type Writing = [typeof import('../../lib/exchange/envelope'), typeof import('../../lib/exchange/tableChunks')];
let writing: Writing | undefined;
/** The code that writes files loads on the first export and is kept, so a later export starts reading at once. */
const loadWriting = async (): Promise<Writing> =>
  (writing ??= await Promise.all([import('../../lib/exchange/envelope'), import('../../lib/exchange/tableChunks')]));

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
    const [{ exportParts, exportFileName, wholeTables }, { TableChunks }] = writing ?? (await loadWriting());
    // Each table taken whole is written as JSON (and handed to a Blob, which encodes it) a chunk
    // at a time as it is read, while the rest is still being read.
    const writers = new Map(
      wholeTables(selection).map((table) => [table, { chunks: new TableChunks(table), blobs: [] as Blob[] }]),
    );
    const stored = await readWorkspaceInChunks((table, rows) => {
      const writer = writers.get(table);
      const text = writer?.chunks.add(rows as never[]);
      if (writer && text) writer.blobs.push(new Blob([text]));
    });
    const written = Object.fromEntries(
      [...writers].flatMap(([table, writer]) => (writer.chunks.inOrder ? [[table, new Blob(['[', ...writer.blobs, ']'])]] : [])),
    );
    // A whole workspace is always there to export: its time is stored while the file is put together.
    const recorded = selection.scope === 'workspace' ? setMeta(LAST_EXPORT_META_KEY, now.toISOString()) : undefined;
    recorded?.catch(() => undefined);
    const parts = await exportParts(selection, stored.data, stored.settings, { ...context, now }, written);
    await recorded;
    if (!parts)
      return {
        ok: false,
        message: `The ${selection.scope} to export is no longer stored; it may have been deleted in another tab.`,
      };
    // Written without indentation: a whole workspace is several megabytes, and JSON viewers indent it on demand.
    return { ok: true, fileName: exportFileName(selection, now), parts };
  } catch (error) {
    return { ok: false, message: `Could not export: ${describeStorageError(error)}` };
  }
}

/** The assessments and reviews a person can export one by one, named as the portal shows them. */
export async function loadExportChoices(): Promise<void> {
  try {
    const [assessments, reviews] = await Promise.all([listAssessments(), listReviews()]);
    const latest = new Map<string, (typeof reviews)[number]>();
    for (const review of reviews)
      if ((latest.get(review.lineageId)?.revision ?? 0) < review.revision) latest.set(review.lineageId, review);
    $exportChoices.set({
      assessments: assessments
        .map((assessment) => ({ id: assessment.id, label: assessment.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      reviews: [...latest.values()]
        .map((review) => ({
          id: review.lineageId,
          label: `${review.template.title}: ${review.subject.kind === 'model' ? review.subject.name : (review.useCaseSnapshot?.title ?? 'use case')}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    });
  } catch {
    $exportChoices.set({ assessments: [], reviews: [] });
  }
}
