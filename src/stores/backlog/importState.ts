import { atom } from 'nanostores';
import type { AcceptedRow } from '../../lib/backlog/csvImport';
import type { RowProblem } from '../../lib/backlog/csvRead';

export interface ImportPreview {
  fileName: string;
  accepted: AcceptedRow[];
  rejected: RowProblem[];
  useCaseCount: number;
  ratingCount: number;
  /** Use cases in the file whose id is already in the backlog (they will be replaced). */
  replaceCount: number;
  /** Rows with scores but no rater: the preview asks whose ratings they are. */
  unnamedRows: number;
  /** The name those rows are given now (the person last named on this device, or a stand-in). */
  unnamedRater: string;
}

/** The import panel's state: nothing is written before the person confirms a preview. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; problem: string; rejected: RowProblem[] }
  | ({ kind: 'preview' } & ImportPreview)
  | { kind: 'writing'; fileName: string }
  | { kind: 'done'; fileName: string; added: number; replaced: number; ratings: number; rejected: number }
  | { kind: 'failed'; fileName: string; message: string };

export const $importState = atom<ImportState>({ kind: 'idle' });

export function resetImport(): void {
  $importState.set({ kind: 'idle' });
}
