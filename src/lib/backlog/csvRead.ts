/**
 * Reads CSV text into rows with their line numbers, using papaparse. The file's delimiter is
 * taken from its header line (a semicolon when the header has more semicolons than commas,
 * otherwise a comma), so decimal commas in a semicolon file are never mistaken for delimiters.
 * A byte-order mark is dropped. Reading is one pass over the text, so 10,000 rows stay quick.
 */
import Papa from 'papaparse';
import { csvColumns, normaliseHeader, requiredColumns, suggestColumn, type CsvDelimiter } from './csvFormat';

export interface CsvRecord {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  /** Cells by column name; columns the file does not have are absent. */
  cells: Record<string, string>;
}

export interface RowProblem {
  line: number;
  reason: string;
}

export type CsvReadResult =
  | { ok: false; problem: string }
  | { ok: true; delimiter: CsvDelimiter; columns: string[]; records: CsvRecord[]; problems: RowProblem[] };

function detectDelimiter(text: string): CsvDelimiter {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  const count = (mark: string) => header.split(mark).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

const quoteProblems: Record<string, string> = {
  MissingQuotes: 'a quoted cell is never closed: check for a missing closing quote (")',
  InvalidQuotes: 'a quote (") appears inside a cell that is not quoted: double it ("") or quote the whole cell',
};

function checkHeader(headers: string[]): { columns: string[] } | { problem: string } {
  // Spreadsheets sometimes add empty header cells at the end of the line; they carry nothing.
  let last = headers.length;
  while (last > 0 && headers[last - 1] === '') last -= 1;
  const columns = headers.slice(0, last);
  const known = new Set(csvColumns);
  const unknown = columns.filter((column) => !known.has(column));
  const missing = requiredColumns.filter((column) => !columns.includes(column));
  const duplicated = columns.filter((column, index) => columns.indexOf(column) !== index);
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`the file has no ${missing.map((c) => `“${c}”`).join(', ')} column, which is required`);
  if (unknown.length > 0) {
    const described = unknown.map((column) => {
      const shown = column === '' ? '(a column without a name)' : `“${column}”`;
      const suggestion = column === '' ? null : suggestColumn(column);
      return suggestion ? `${shown} (did you mean “${suggestion}”?)` : shown;
    });
    parts.push(`unknown column${unknown.length > 1 ? 's' : ''}: ${described.join(', ')}`);
  }
  if (duplicated.length > 0)
    parts.push(`repeated column${duplicated.length > 1 ? 's' : ''}: ${[...new Set(duplicated)].map((c) => `“${c}”`).join(', ')}`);
  if (parts.length === 0) return { columns };
  return { problem: `The header row does not match the backlog format: ${parts.join('; ')}. Nothing was imported.` };
}

export function readCsv(input: string): CsvReadResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problem: 'The file is empty. Nothing was imported.' };
  const delimiter = detectDelimiter(text);

  let columns: string[] | null = null;
  let headerProblem: string | null = null;
  const records: CsvRecord[] = [];
  const problems: RowProblem[] = [];
  let linesBefore = 0;
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const line = linesBefore + 1;
      const cursor = result.meta.cursor;
      linesBefore += countNewlines(text, rowStart, cursor);
      rowStart = cursor;
      const cells = result.data;
      if (columns === null) {
        const checked = checkHeader(cells.map(normaliseHeader));
        if ('problem' in checked) {
          headerProblem = checked.problem;
          parser.abort();
        } else columns = checked.columns;
        return;
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      const quoteError = result.errors.find((error) => error.code in quoteProblems);
      if (quoteError) {
        problems.push({ line, reason: quoteProblems[quoteError.code] ?? quoteError.message });
        return;
      }
      const extra = cells.slice(columns.length).filter((cell) => cell.trim() !== '');
      if (extra.length > 0) {
        problems.push({ line, reason: `the row has ${cells.length} cells but the header names only ${columns.length} columns` });
        return;
      }
      const record: Record<string, string> = {};
      columns.forEach((column, index) => {
        record[column] = cells[index] ?? '';
      });
      records.push({ line, cells: record });
    },
  });

  if (headerProblem !== null) return { ok: false, problem: headerProblem };
  if (columns === null) return { ok: false, problem: 'The file has no header row. Nothing was imported.' };
  if (records.length === 0 && problems.length === 0)
    return { ok: false, problem: 'The file has a header row but no rows of data. Nothing was imported.' };
  return { ok: true, delimiter, columns, records, problems };
}
