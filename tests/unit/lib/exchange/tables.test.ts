import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedData, tableJson, tableNames } from '../../../../src/lib/exchange/tables';
import { workspaceArbitrary } from './arbitraries';
import { fixtureData } from './mergeFixture';

describe('tableJson', () => {
  it('writes each table as the sorted data of a file holds it, for generated workspaces', () => {
    fc.assert(
      fc.property(workspaceArbitrary, ({ data }) => {
        const sorted = sortedData(data);
        for (const table of tableNames) expect(tableJson(table, data[table])).toBe(JSON.stringify(sorted[table]));
      }),
      { numRuns: 300 },
    );
  });

  it('orders rows by key, a history by lineage and sequence, whatever order they were read in', () => {
    const data = fixtureData();
    const reversed = [...data.auditLog].reverse();
    const written = JSON.parse(tableJson('auditLog', reversed)) as { seq: number }[];
    expect(written.map((entry) => entry.seq)).toEqual(data.auditLog.map((_, index) => index + 1));
    expect(tableJson('auditLog', reversed)).toBe(JSON.stringify(sortedData(data).auditLog));
  });
});
