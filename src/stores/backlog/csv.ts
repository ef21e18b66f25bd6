/**
 * CSV export and import of the backlog. This module (with papaparse and the schemas it validates
 * against) is loaded only when a person exports or picks a file, so the backlog page stays light.
 */
import type { Rating, UseCase } from '../../schemas/backlog';
import { importUseCases } from '../../db/useCases';
import { backlogToCsv, csvFileName } from '../../lib/backlog/csvExport';
import type { CsvDelimiter } from '../../lib/backlog/csvFormat';
import { UNNAMED_RATER } from '../../lib/backlog/csvFormat';
import { planImport } from '../../lib/backlog/csvImport';
import { readCsv } from '../../lib/backlog/csvRead';
import { newId, nowIso, todayIso } from '../../lib/ids';
import { $ratings, $useCases } from './backlog';
import { $evaluation } from './ranking';
import { $importState } from './importState';
import { $raterName } from './ratings';
import { attempt } from '../save/saveState';

export function exportBacklogCsv(delimiter: CsvDelimiter): { text: string; fileName: string } {
  const evaluation = $evaluation.get();
  const text = backlogToCsv(
    $useCases.get(),
    $ratings.get(),
    (id) => {
      const found = evaluation.get(id);
      return found ? { score: found.weighted.score, rank: found.rank } : undefined;
    },
    delimiter,
  );
  return { text, fileName: csvFileName(todayIso()) };
}

let pending: { useCases: UseCase[]; ratings: Rating[]; text: string } | null = null;

/**
 * Reads and checks a file, then shows the preview; nothing is stored yet. Scores without a rater
 * are given `unnamedRater` (by default the person last named on this device).
 */
export function previewImport(text: string, fileName: string, unnamedRater: string = $raterName.get()): void {
  pending = null;
  const read = readCsv(text);
  if (!read.ok) {
    $importState.set({ kind: 'refused', fileName, problem: read.problem, rejected: [] });
    return;
  }
  const rater = unnamedRater.trim() || UNNAMED_RATER;
  const plan = planImport(read.records, { newId, now: nowIso(), unnamedRater: rater });
  const rejected = [...read.problems, ...plan.rejected].sort((a, b) => a.line - b.line);
  if (plan.accepted.length === 0) {
    const rows = rejected.length;
    $importState.set({
      kind: 'refused',
      fileName,
      problem: `None of the ${rows} row${rows === 1 ? '' : 's'} can be imported. Nothing was imported.`,
      rejected,
    });
    return;
  }
  const known = new Set($useCases.get().map((useCase) => useCase.id));
  pending = { useCases: plan.useCases, ratings: plan.ratings, text };
  $importState.set({
    kind: 'preview',
    fileName,
    accepted: plan.accepted,
    rejected,
    useCaseCount: plan.useCases.length,
    ratingCount: plan.ratings.length,
    replaceCount: plan.useCases.filter((useCase) => known.has(useCase.id)).length,
    unnamedRows: plan.unnamedRows,
    unnamedRater: rater,
  });
}

/** Gives the rows without a rater this person's name (the preview asked whose ratings they are). */
export function nameUnnamedRater(name: string): void {
  const state = $importState.get();
  if (state.kind !== 'preview' || !pending || name.trim() === state.unnamedRater) return;
  previewImport(pending.text, state.fileName, name);
}

/** Stores the previewed rows in one transaction; a failure leaves the backlog as it was. */
export async function confirmImport(): Promise<void> {
  const state = $importState.get();
  if (state.kind !== 'preview' || !pending) return;
  const { useCases, ratings } = pending;
  $importState.set({ kind: 'writing', fileName: state.fileName });
  const outcome = await attempt(() => importUseCases(useCases, ratings));
  if (!outcome.ok) {
    $importState.set({ kind: 'failed', fileName: state.fileName, message: outcome.message });
    return;
  }
  const result = outcome.value;
  pending = null;
  const imported = new Set(useCases.map((useCase) => useCase.id));
  // Ratings first: until the new use cases arrive they rank nothing, so the full ranking of the
  // larger backlog is worked out once, not twice.
  $ratings.set([...$ratings.get().filter((rating) => !imported.has(rating.useCaseId)), ...ratings]);
  $useCases.set([...$useCases.get().filter((useCase) => !imported.has(useCase.id)), ...useCases]);
  $importState.set({
    kind: 'done',
    fileName: state.fileName,
    added: result.added,
    replaced: result.replaced,
    ratings: ratings.length,
    rejected: state.rejected.length,
  });
}

export function cancelImport(): void {
  pending = null;
  $importState.set({ kind: 'idle' });
}
