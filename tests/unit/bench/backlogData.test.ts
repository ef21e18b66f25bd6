import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
// The benchmark is plain JavaScript run by Node, so it writes its own CSV; this keeps it in step.
import { generateBacklog, toCsv } from '../../../bench/backlogData.mjs';
import { derivedColumns, ratingColumns, useCaseColumns } from '../../../src/lib/backlog/csvFormat';

describe('the benchmark’s generated CSV', () => {
  it('uses exactly the columns the backlog import reads', () => {
    const csv: string = toCsv(generateBacklog());
    const header = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
    const expected = [...useCaseColumns, ...ratingColumns];
    expect(header.filter((column) => !(derivedColumns as readonly string[]).includes(column))).toEqual(expected);
  });
});
