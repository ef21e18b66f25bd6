/**
 * Text that goes into a Markdown file as text, never as markup. Names, titles and notes come from
 * imported files, so every mark a Markdown or HTML renderer could act on is escaped with a backslash
 * (emphasis, code, links and images, raw HTML and entities, headings, table cells, strike-through),
 * and line breaks, which would end a table row or start a new block, become spaces. Commas, full
 * stops and hyphens stay as they are: in the middle of a line they mean nothing to Markdown, and
 * the file stays readable as plain text.
 */
const punctuation = /[\\`*_{}[\]<>#|!~&]/g;

export function mdText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(punctuation, (mark) => `\\${mark}`);
}

/** One decimal, with a decimal point, as files are read by people and scripts alike. */
export function mdNumber(value: number | null, digits = 1): string {
  return value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

export function mdPercent(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '–' : `${Math.round(value * 100)} %`;
}

/** A table with a header row; `align` marks columns of numbers, which read best right-aligned. */
export function mdTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, index) => (numeric.includes(index) ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
