import { atom } from 'nanostores';
import type { WorkspaceCounts } from '../../db/workspace';
import type { LineageCheck } from '../../lib/exchange/chains';
import type { Decisions, MergePlan, Resolution } from '../../lib/exchange/merge';
import type { Problem } from '../../lib/exchange/problems';
import type { Restored } from '../../lib/exchange/restore';

/**
 * What the import and export panels show. Kept apart from the actions (importFile.ts,
 * exportFile.ts), which load only when a file is picked or an export asked for, so the pages'
 * first download stays small.
 */
export type ImportMode = 'add' | 'replace';

export interface Preview {
  fileName: string;
  restored: Restored;
  /** What adding would do; worked out when "add" is chosen (a restore does not need it). */
  plan: MergePlan | null;
  /** What is stored now, for the confirmation of a replace ("what will be lost"). */
  current: WorkspaceCounts;
  mode: ImportMode;
  decisions: Decisions;
}

export interface ImportDone {
  fileName: string;
  mode: ImportMode;
  /** Rows written per table, and how many conflicts got each resolution. */
  written: Partial<Record<keyof WorkspaceCounts, number>>;
  resolved: Partial<Record<Resolution, number>>;
  refusedEntries: number;
  chains: LineageCheck[];
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; problems: Problem[] }
  | { step: 'preview'; preview: Preview }
  | { step: 'importing'; preview: Preview }
  | { step: 'done'; done: ImportDone }
  | { step: 'failed'; preview: Preview; message: string };

export const $importState = atom<ImportState>({ step: 'idle' });

/** The part of a File the import needs (so tests can pass plain objects). */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** Back to an empty panel; nothing is stored. */
export function cancelImport(): void {
  $importState.set({ step: 'idle' });
}

export interface ExportChoice {
  id: string;
  label: string;
}
export interface ExportChoices {
  assessments: ExportChoice[];
  reviews: ExportChoice[];
}

export const $exportChoices = atom<ExportChoices | null>(null);
