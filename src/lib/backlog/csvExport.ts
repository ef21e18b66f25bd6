/** Writes the backlog as CSV in the format described in csvFormat.ts. */
import Papa from 'papaparse';
import type { Rating, UseCase } from '../../schemas/backlog';
import { criterionIds } from '../../schemas/enums';
import { BOM, csvColumns, escapeCell, formatCsvNumber, type CsvDelimiter } from './csvFormat';

interface DerivedFigures {
  score: number | null;
  rank: number | null;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The CSV text, starting with a byte-order mark. Use cases come in rank order (unranked and
 * archived ones last, by title), and each use case's ratings by rater name.
 */
export function backlogToCsv(
  useCases: readonly UseCase[],
  ratings: readonly Rating[],
  derived: (useCaseId: string) => DerivedFigures | undefined,
  delimiter: CsvDelimiter = ',',
): string {
  const byUseCase = new Map<string, Rating[]>();
  for (const rating of ratings) {
    const list = byUseCase.get(rating.useCaseId);
    if (list) list.push(rating);
    else byUseCase.set(rating.useCaseId, [rating]);
  }
  const rankOf = (id: string) => derived(id)?.rank ?? Number.POSITIVE_INFINITY;
  const ordered = [...useCases].sort(
    (a, b) => rankOf(a.id) - rankOf(b.id) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1),
  );

  const rows: string[][] = [];
  for (const useCase of ordered) {
    const figures = derived(useCase.id);
    const common = [
      useCase.id,
      escapeCell(useCase.title),
      escapeCell(useCase.description),
      escapeCell(useCase.sponsor),
      escapeCell(useCase.businessUnit),
      useCase.family,
      useCase.status,
      useCase.dataClassification,
      useCase.riskTier,
      escapeCell(useCase.tags.join(', ')),
      useCase.archived ? 'true' : 'false',
      useCase.createdAt,
      useCase.updatedAt,
    ];
    const tail = [formatCsvNumber(figures?.score ?? null, delimiter), figures?.rank == null ? '' : String(figures.rank)];
    const list = [...(byUseCase.get(useCase.id) ?? [])].sort(
      (a, b) => collator.compare(a.raterName, b.raterName) || (a.id < b.id ? -1 : 1),
    );
    if (list.length === 0) rows.push([...common, ...Array<string>(criterionIds.length + 5).fill(''), ...tail]);
    for (const rating of list) {
      rows.push([
        ...common,
        rating.id,
        escapeCell(rating.raterName),
        escapeCell(rating.raterRole),
        ...criterionIds.map((id) => String(rating.scores[id] ?? '')),
        escapeCell(rating.comment),
        rating.updatedAt,
        ...tail,
      ]);
    }
  }
  return BOM + Papa.unparse({ fields: [...csvColumns], data: rows }, { delimiter, newline: '\r\n', quotes: false });
}

/** A file name with the local date, e.g. "backlog-2026-11-24.csv". */
export function csvFileName(today: string): string {
  return `backlog-${today}.csv`;
}
