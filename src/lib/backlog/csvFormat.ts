/**
 * The backlog's CSV format, shared by export and import so a file the portal writes always reads
 * back into the same use cases and ratings.
 *
 * - One row per rating: a use case rated by three people takes three rows, each repeating the
 *   use case's columns. A use case nobody has rated takes one row with the rater columns empty.
 *   This keeps every rater's scores (the median alone could not be read back) and stays one flat
 *   table that filters and sorts well in a spreadsheet.
 * - Rows with the same `use_case_id` belong to one use case. On import, the use-case columns of a
 *   later row may be left empty (they are taken from the first row); if they are filled in they
 *   must match the first row.
 * - Codes, not labels, are written for family, status, classification and risk tier (the import
 *   also accepts the labels shown on screen). Tags are separated by commas. Times are ISO 8601.
 * - `derived_score` and `derived_rank` (weighted score and rank under the profile chosen when the
 *   file was written) are there for reading in a spreadsheet. The import ignores them and
 *   recomputes both.
 * - Text that a spreadsheet would run as a formula (starting with =, +, −, @, a tab or a carriage
 *   return) is written with a leading apostrophe, and the import removes it again.
 * - The file is UTF-8 with a byte-order mark and CRLF line ends, quoted as RFC 4180 describes.
 *   The delimiter is a comma, or a semicolon with decimal commas for spreadsheets set up that way;
 *   the import recognises either and accepts "3,5" as well as "3.5".
 */
import { criterionIds, type CriterionId } from '../../schemas/enums';

export const useCaseColumns = [
  'use_case_id',
  'title',
  'description',
  'sponsor',
  'business_unit',
  'family',
  'status',
  'data_classification',
  'risk_tier',
  'tags',
  'archived',
  'created_at',
  'updated_at',
] as const;

export const criterionColumn: Record<CriterionId, string> = {
  'data-availability': 'data_availability',
  feasibility: 'feasibility',
  'business-value': 'business_value',
  cost: 'cost',
  'time-to-market': 'time_to_market',
};

export const ratingColumns = [
  'rating_id',
  'rater_name',
  'rater_role',
  ...criterionIds.map((id) => criterionColumn[id]),
  'rater_comment',
  'rated_at',
] as const;
export const derivedColumns = ['derived_score', 'derived_rank'] as const;

export const csvColumns: readonly string[] = [...useCaseColumns, ...ratingColumns, ...derivedColumns];
export const requiredColumns: readonly string[] = ['title'];

export type CsvDelimiter = ',' | ';';
export const BOM = '\uFEFF';

/** "Business value", "business-value" and "BUSINESS_VALUE" all name the column business_value. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const formulaStart = /^'*[=+\-@\t\r]/;
const escapedFormula = /^'+[=+\-@\t\r]/;

/** Keeps spreadsheets from running text as a formula; `unescapeCell` undoes it exactly. */
export function escapeCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return escapedFormula.test(text) ? text.slice(1) : text;
}

/** A number for the file: a decimal comma goes with the semicolon delimiter. */
export function formatCsvNumber(value: number | null, delimiter: CsvDelimiter, digits = 1): string {
  if (value === null) return '';
  const text = value.toFixed(digits);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

/** Closest known column to an unknown one, to suggest a fix for a typing mistake. */
export function suggestColumn(unknown: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const column of csvColumns) {
    const distance = editDistance(unknown, column);
    if (distance < bestDistance) {
      best = column;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The stand-in name for rows with scores but no rater, until the person says whose ratings they are. */
export const UNNAMED_RATER = 'Unnamed rater';
