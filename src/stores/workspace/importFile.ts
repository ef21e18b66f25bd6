import { $importState, type FileLike, type ImportMode, type Preview } from './exchangeState';
import {
  addToWorkspace,
  readGovernanceHistory,
  readWorkspaceWithSettings,
  restoreWorkspace,
  workspaceCounts,
  type WorkspaceCounts,
} from '../../db/workspace';
import { describeStorageError } from '../../db/errors';
import type { LineageCheck } from '../../lib/exchange/chains';
import type { MergePlan, Resolution } from '../../lib/exchange/merge';
import type { Restored } from '../../lib/exchange/restore';
import { sizeProblem } from '../../lib/exchange/size';
import { attempt } from '../save/saveState';
import { refreshCounts } from './workspace';

export { $importState, cancelImport } from './exchangeState';
export type { FileLike, ImportDone, ImportMode, ImportState, Preview } from './exchangeState';

/**
 * Step 1 and 2: read and restore. The size is checked before the text is read, so a huge file is
 * refused at once. Nothing is stored here; the preview says what an import would do.
 */
export async function readImportFile(file: FileLike, mode: ImportMode = 'add'): Promise<void> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) {
    $importState.set({ step: 'refused', fileName: file.name, problems: [tooBig] });
    return;
  }
  $importState.set({ step: 'reading', fileName: file.name });
  // The reader and its validator load only when a file is picked, while its text is being read.
  const reader = import('../../lib/exchange/restore');
  // Should the text fail to be read, the reader is not needed and its failure is of no interest.
  reader.catch(() => undefined);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    $importState.set({
      step: 'refused',
      fileName: file.name,
      problems: [{ path: '', message: `the file could not be read: ${reason}` }],
    });
    return;
  }
  // The merge loads only when it is needed.
  const { restoreText } = await reader;
  const restored = await restoreText(text);
  if (!restored.ok) {
    $importState.set({ step: 'refused', fileName: file.name, problems: restored.problems });
    return;
  }
  try {
    const [plan, current] = await Promise.all([mode === 'add' ? planAgainstStored(restored) : null, workspaceCounts()]);
    $importState.set({ step: 'preview', preview: { fileName: file.name, restored, plan, current, mode, decisions: {} } });
  } catch (error) {
    $importState.set({
      step: 'refused',
      fileName: file.name,
      problems: [{ path: '', message: `the stored data could not be read to compare: ${describeStorageError(error)}` }],
    });
  }
}

async function planAgainstStored(restored: Restored): Promise<MergePlan> {
  const [{ planMerge }, { data }] = await Promise.all([import('../../lib/exchange/merge'), readWorkspaceWithSettings()]);
  return planMerge(data, restored.data);
}

function updatePreview(change: (preview: Preview) => Preview): void {
  const state = $importState.get();
  if (state.step === 'preview' || state.step === 'failed') $importState.set({ step: 'preview', preview: change(state.preview) });
}

export async function setImportMode(mode: ImportMode): Promise<void> {
  updatePreview((preview) => ({ ...preview, mode }));
  const state = $importState.get();
  if (mode !== 'add' || state.step !== 'preview' || state.preview.plan) return;
  try {
    const plan = await planAgainstStored(state.preview.restored);
    updatePreview((preview) => ({ ...preview, plan }));
  } catch (error) {
    const latest = $importState.get();
    if (latest.step === 'preview')
      $importState.set({
        step: 'failed',
        preview: latest.preview,
        message: `The stored data could not be read to compare: ${describeStorageError(error)}`,
      });
  }
}

export function decideAll(resolution: Resolution): void {
  // "Apply to all" sets every conflict, including those decided one by one before.
  updatePreview((preview) => ({ ...preview, decisions: { all: resolution, byItem: {} } }));
}

export function decideItem(key: string, resolution: Resolution): void {
  updatePreview((preview) => ({
    ...preview,
    decisions: { ...preview.decisions, byItem: { ...preview.decisions.byItem, [key]: resolution } },
  }));
}

/** Step 4: one transaction, then every review history is checked and the result shown. */
export async function confirmImport(): Promise<boolean> {
  const state = $importState.get();
  // After a failed write the same preview can be confirmed again.
  if (state.step !== 'preview' && state.step !== 'failed') return false;
  const { preview } = state;
  $importState.set({ step: 'importing', preview });
  const { restored, mode } = preview;
  const [{ applyMerge, planMerge }, { verifyAllChains }] = await Promise.all([
    import('../../lib/exchange/merge'),
    import('../../lib/exchange/chains'),
  ]);
  const outcome = await attempt(async () => {
    if (mode === 'replace') {
      await restoreWorkspace(restored.data, restored.settings);
      return { written: countsOf(restored.data), resolved: {}, refused: 0 };
    }
    const write = await addToWorkspace(({ data, settings }) => {
      // Planned again on what is stored inside the transaction; the person's decisions carry over by item.
      const plan = planMerge(data, restored.data);
      const merged = applyMerge(data, restored.data, plan, preview.decisions, { mine: settings, theirs: restored.settings });
      return { ...merged, refused: plan.refusedEntries.length };
    });
    return { written: countsOf(write.put), resolved: tally(Object.values(write.applied)), refused: write.refused };
  });
  if (!outcome.ok) {
    $importState.set({ step: 'failed', preview, message: `Nothing was imported: ${describeStorageError(outcome.error)}` });
    return false;
  }
  let chains: LineageCheck[] = [];
  try {
    const after = await readGovernanceHistory();
    chains = await verifyAllChains(after.reviews, after.auditLog);
  } catch {
    // The import is stored; a failed read only means the check cannot be shown now.
  }
  $importState.set({
    step: 'done',
    done: {
      fileName: preview.fileName,
      mode,
      written: outcome.value.written,
      resolved: outcome.value.resolved,
      refusedEntries: outcome.value.refused,
      chains,
    },
  });
  await refreshCounts();
  return true;
}

function countsOf(data: Record<string, readonly unknown[]>): Partial<Record<keyof WorkspaceCounts, number>> {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, rows]) => rows.length > 0)
      .map(([table, rows]) => [table, rows.length]),
  );
}

function tally(resolutions: readonly Resolution[]): Partial<Record<Resolution, number>> {
  const counts: Partial<Record<Resolution, number>> = {};
  for (const resolution of resolutions) counts[resolution] = (counts[resolution] ?? 0) + 1;
  return counts;
}
